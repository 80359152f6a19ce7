namespace ThiDuaBot.Cards;

/// <summary>The two languages every card and message is written in. Vietnamese is the default.</summary>
public enum Language
{
    Vietnamese,
    English,
}

public static class LanguageExtensions
{
    /// <summary>English for an <c>en</c> or <c>en-*</c> Teams locale, Vietnamese for everything else.</summary>
    public static Language FromLocale(string? locale) =>
        locale is not null
        && (locale.Equals("en", StringComparison.OrdinalIgnoreCase)
            || locale.StartsWith("en-", StringComparison.OrdinalIgnoreCase)
            || locale.StartsWith("en_", StringComparison.OrdinalIgnoreCase))
            ? Language.English
            : Language.Vietnamese;
}
