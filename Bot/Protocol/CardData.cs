using System.Text.Json.Nodes;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>Reading values a card sent back, leniently: a missing or non-text value is null, never an exception.</summary>
public static class CardData
{
    public static string? Text(JsonObject data, string key) =>
        data[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
