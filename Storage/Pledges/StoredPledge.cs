namespace ThiDuaBot.Storage.Pledges;

/// <summary>The current version of one pledge: a person's (subject: sign-in name) or a unit's (subject: unit id).</summary>
public sealed record StoredPledge
{
    public required string TenantId { get; init; }
    public required string CampaignId { get; init; }
    public required PledgeKind Kind { get; init; }
    /// <summary>The person's sign-in name (lower case) or the unit id.</summary>
    public required string Subject { get; init; }
    /// <summary>The unit the pledge counts for, as of its last save; null for people without a unit (leadership).</summary>
    public string? UnitId { get; init; }
    /// <summary>1 for the first save, one more for each save that changed something.</summary>
    public required int Version { get; init; }
    public required PledgeContent Content { get; init; }
    /// <summary>The campaign version the card was built from when this version was saved.</summary>
    public required int CampaignVersion { get; init; }
    public required DateTimeOffset FirstSavedAt { get; init; }
    public required DateTimeOffset SavedAt { get; init; }
    public required PledgeAuthor SavedBy { get; init; }
    /// <summary>Nonces of the cards whose submission was stored lately: a card clicked twice is stored once.</summary>
    public IReadOnlyList<string> RecentNonces { get; init; } = [];
}
