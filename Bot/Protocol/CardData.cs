using System.Text.Json.Nodes;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>Reading values a card sent back, leniently: a missing or non-text value is null, never an exception.</summary>
public static class CardData
{
    /// <summary>
    /// Longest id a card of the bot carries back (campaign, unit, month, person, nonce, phase): ids are far shorter, and
    /// they become storage keys, which stop at 1 KiB.
    /// </summary>
    public const int MaxIdLength = 256;

    public static string? Text(JsonObject data, string key) =>
        data[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>An id the bot put on the card; null when missing, not text, or longer than any id it writes (a forged card).</summary>
    public static string? Id(JsonObject data, string key) =>
        Text(data, key) is { Length: <= MaxIdLength } id ? id : null;
}
