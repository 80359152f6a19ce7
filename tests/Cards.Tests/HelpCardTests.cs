using System.Text.Json.Nodes;
using ThiDuaBot.TestSupport.Cards;

namespace ThiDuaBot.Cards.Tests;

public sealed class HelpCardTests
{
    private static JsonObject Build(Strings strings) =>
        HelpCard.Build(strings, [new HelpEntry(strings.HelpCommandWord, strings.HelpCommandDescription)]);

    [Fact]
    public void Help_cards_in_Vietnamese_and_English_parse_without_problems_and_stay_under_28_KB()
    {
        CardAssert.AllValid([Build(Strings.Vi), Build(Strings.En)], maxBytes: 28 * 1024);
    }

    [Fact]
    public void Vietnamese_help_card_is_in_Vietnamese_and_names_the_command_tro_giup()
    {
        var texts = Texts(Build(Strings.Vi));

        Assert.Contains(texts, t => t.Contains("trợ giúp", StringComparison.Ordinal));
        Assert.Contains(Strings.Vi.HelpTitle, texts);
        Assert.DoesNotContain(Strings.En.HelpTitle, texts);
    }

    [Fact]
    public void English_help_card_is_in_English_and_names_the_command_help()
    {
        var texts = Texts(Build(Strings.En));

        Assert.Contains("help", texts);
        Assert.Contains(Strings.En.HelpTitle, texts);
        Assert.DoesNotContain(Strings.Vi.HelpTitle, texts);
    }

    /// <summary>Every string value in the card (TextBlock texts, fact titles and values, …).</summary>
    private static List<string> Texts(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Texts(p.Value)).ToList(),
        JsonArray array => array.SelectMany(Texts).ToList(),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };
}
