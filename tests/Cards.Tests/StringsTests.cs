using System.Reflection;
using System.Text.RegularExpressions;

namespace ThiDuaBot.Cards.Tests;

public sealed partial class StringsTests
{
    private static readonly PropertyInfo[] TextProperties = typeof(Strings)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.PropertyType == typeof(string))
        .ToArray();

    public static TheoryData<string> TextPropertyNames()
    {
        var data = new TheoryData<string>();
        foreach (var property in TextProperties)
        {
            data.Add(property.Name);
        }
        return data;
    }

    private static string Text(Strings strings, string propertyName) =>
        (string)typeof(Strings).GetProperty(propertyName)!.GetValue(strings)!;

    [Fact]
    public void Reflection_finds_the_strings()
    {
        Assert.True(TextProperties.Length >= 10, $"only {TextProperties.Length} string properties found on Strings");
        Assert.Contains(TextProperties, p => p.Name == nameof(Strings.HelpTitle));
    }

    [Theory]
    [MemberData(nameof(TextPropertyNames))]
    public void Every_string_is_set_in_both_languages(string propertyName)
    {
        Assert.False(string.IsNullOrWhiteSpace(Text(Strings.Vi, propertyName)), $"Strings.Vi.{propertyName} is empty");
        Assert.False(string.IsNullOrWhiteSpace(Text(Strings.En, propertyName)), $"Strings.En.{propertyName} is empty");
    }

    [Theory]
    [MemberData(nameof(TextPropertyNames))]
    public void English_is_translated_except_the_bot_name(string propertyName)
    {
        var vi = Text(Strings.Vi, propertyName);
        var en = Text(Strings.En, propertyName);

        if (propertyName == nameof(Strings.BotName))
        {
            Assert.Equal(vi, en);
        }
        else
        {
            Assert.NotEqual(vi, en);
        }
    }

    [Theory]
    [MemberData(nameof(TextPropertyNames))]
    public void Both_languages_use_the_same_placeholders(string propertyName)
    {
        static string[] Placeholders(string text) =>
            Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(Placeholders(Text(Strings.Vi, propertyName)), Placeholders(Text(Strings.En, propertyName)));
    }

    [Fact]
    public void Each_instance_declares_its_language()
    {
        Assert.Equal(Language.Vietnamese, Strings.Vi.Language);
        Assert.Equal(Language.English, Strings.En.Language);
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
