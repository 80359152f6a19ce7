using System.Text.Json.Nodes;

namespace ThiDuaBot.TestSupport.Fakes;

/// <summary>
/// One call the bot made to the fake channel's Connector. <see cref="Path"/> is decoded as ASP.NET Core decodes it;
/// <see cref="RawPath"/> is the same path as the bot put it on the wire (percent-encoded), so escaping can be checked.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string? Query,
    string? Authorization,
    JsonNode? Body,
    DateTimeOffset ReceivedAt = default,
    string? RawPath = null)
{
    public JsonObject? BodyObject => Body as JsonObject;
}
