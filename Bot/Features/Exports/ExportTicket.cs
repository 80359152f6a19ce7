using System.Text.Json.Serialization;

namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>
/// What a download link stands for, signed into it: whose campaign, which file (format, months or phase), who asked,
/// in which language, and until when it works. The file is made again from storage when the link is opened.
/// </summary>
public sealed record ExportTicket
{
    [JsonPropertyName("t")] public required string TenantId { get; init; }
    [JsonPropertyName("c")] public required string CampaignId { get; init; }
    [JsonPropertyName("k")] public required ExportFormat Format { get; init; }
    /// <summary>First and last month (<c>yyyy-MM</c>) of a workbook.</summary>
    [JsonPropertyName("f")] public string? FromMonth { get; init; }
    [JsonPropertyName("l")] public string? ToMonth { get; init; }
    [JsonPropertyName("p")] public string? PhaseId { get; init; }
    /// <summary>The requester's Microsoft Entra object id: their role is checked again when the link is opened.</summary>
    [JsonPropertyName("u")] public string? RequestedBy { get; init; }
    /// <summary>The requester's sign-in name when known (a secretary named in configuration by sign-in name).</summary>
    [JsonPropertyName("s")] public string? SignInName { get; init; }
    /// <summary>Expiry, Unix seconds.</summary>
    [JsonPropertyName("x")] public required long ExpiresAt { get; init; }
    /// <summary>A random id, so two links are never the same.</summary>
    [JsonPropertyName("n")] public required string Nonce { get; init; }
}
