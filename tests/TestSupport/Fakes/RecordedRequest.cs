using System.Text.Json.Nodes;

namespace ThiDuaBot.TestSupport.Fakes;

/// <summary>One call the bot made to the fake channel's Connector.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Query, string? Authorization, JsonNode? Body)
{
    public JsonObject? BodyObject => Body as JsonObject;
}
