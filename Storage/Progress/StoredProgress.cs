namespace ThiDuaBot.Storage.Progress;

/// <summary>The current version of one person's report for one month.</summary>
public sealed record StoredProgress
{
    public required string TenantId { get; init; }
    public required string CampaignId { get; init; }
    /// <summary><c>yyyy-MM</c>.</summary>
    public required string Month { get; init; }
    /// <summary>The person's sign-in name, lower case.</summary>
    public required string Subject { get; init; }
    /// <summary>The person's unit as of the last save; null for people without a unit.</summary>
    public string? UnitId { get; init; }
    /// <summary>1 for the first save, one more for each save that changed something.</summary>
    public required int Version { get; init; }
    public required ProgressContent Content { get; init; }
    /// <summary>The version of the person's pledge the card was built from.</summary>
    public required int PledgeVersion { get; init; }
    public required DateTimeOffset FirstSavedAt { get; init; }
    public required DateTimeOffset SavedAt { get; init; }
    public required ProgressAuthor SavedBy { get; init; }
    /// <summary>Nonces of the cards whose submission was stored lately: a card clicked twice is stored once.</summary>
    public IReadOnlyList<string> RecentNonces { get; init; } = [];
}
