using System.Text.Json.Nodes;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>The parts of Teams' <c>channelData</c> the bot reads, parsed leniently (a missing or odd field is null).</summary>
public sealed record TeamsChannelData(
    string? TenantId,
    string? TeamId,
    string? TeamName,
    string? TeamAadGroupId,
    string? ChannelId,
    string? ChannelName,
    string? EventType)
{
    public static TeamsChannelData From(JsonObject? channelData)
    {
        var team = channelData?["team"] as JsonObject;
        var channel = channelData?["channel"] as JsonObject;
        var tenant = channelData?["tenant"] as JsonObject;
        return new TeamsChannelData(
            AsString(tenant?["id"]),
            AsString(team?["id"]),
            AsString(team?["name"]),
            AsString(team?["aadGroupId"]),
            AsString(channel?["id"]),
            AsString(channel?["name"]),
            AsString(channelData?["eventType"]));
    }

    private static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
}
