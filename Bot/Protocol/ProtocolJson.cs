using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>The one set of JSON options for Bot Framework wire objects: camelCase, nulls left out.</summary>
public static class ProtocolJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
