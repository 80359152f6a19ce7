using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>
/// The one set of JSON options for Bot Framework wire objects: camelCase, nulls left out, and Vietnamese
/// written as UTF-8 rather than <c>\uXXXX</c> escapes (a card's text would otherwise grow up to six times).
/// The JSON goes to the Connector, never into an HTML page, so the relaxed encoder is safe here.
/// </summary>
public static class ProtocolJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
