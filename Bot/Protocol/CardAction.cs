using System.Text.Json.Nodes;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>
/// A click on a card: an <c>Action.Execute</c> (invoke <c>adaptiveCard/action</c>; inputs are merged into
/// <see cref="Data"/> by the client) or an <c>Action.Submit</c> whose data carries a <c>verb</c>.
/// </summary>
public sealed record CardAction(string Verb, JsonObject Data, string? Trigger, bool IsExecute)
{
    /// <summary>True for a refresh Teams asked for by itself (Universal Actions <c>trigger: automatic</c>).</summary>
    public bool IsAutomaticRefresh => string.Equals(Trigger, "automatic", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads an invoke value <c>{ action: { type, verb, data }, trigger }</c>; null when it is not one.</summary>
    public static CardAction? FromInvokeValue(JsonNode? value)
    {
        if (value is not JsonObject root || root["action"] is not JsonObject action)
        {
            return null;
        }
        var verb = AsString(action["verb"]);
        if (string.IsNullOrWhiteSpace(verb))
        {
            return null;
        }
        var data = action["data"] as JsonObject ?? new JsonObject();
        return new CardAction(verb, (JsonObject)data.DeepClone(), AsString(root["trigger"]), IsExecute: true);
    }

    /// <summary>Reads the <c>value</c> of a message sent by <c>Action.Submit</c>; null when it has no <c>verb</c>.</summary>
    public static CardAction? FromSubmitValue(JsonNode? value)
    {
        if (value is not JsonObject data)
        {
            return null;
        }
        var verb = AsString(data["verb"]);
        return string.IsNullOrWhiteSpace(verb) ? null : new CardAction(verb, (JsonObject)data.DeepClone(), null, IsExecute: false);
    }

    private static string? AsString(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
