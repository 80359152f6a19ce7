namespace ThiDuaBot.Storage.Campaigns;

/// <summary>The current version of a campaign of one tenant: its file (YAML) and the state of its phases.</summary>
public sealed record StoredCampaign
{
    /// <summary>Campaign files are stored in one table property (≤ 64 KiB as UTF-16).</summary>
    public const int MaxFileLength = 30_000;

    public required string TenantId { get; init; }
    public required string CampaignId { get; init; }
    public required int Version { get; init; }
    public required string Title { get; init; }
    public required string Yaml { get; init; }
    public required DateTimeOffset LoadedAt { get; init; }
    public string? LoadedByAadObjectId { get; init; }
    public IReadOnlyList<PhaseState> Phases { get; init; } = [];
}
