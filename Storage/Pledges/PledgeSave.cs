namespace ThiDuaBot.Storage.Pledges;

/// <summary>A validated submission to store as the pledge's next version.</summary>
public sealed record PledgeSave
{
    public required string TenantId { get; init; }
    public required string CampaignId { get; init; }
    public required PledgeKind Kind { get; init; }
    public required string Subject { get; init; }
    public string? UnitId { get; init; }
    public required PledgeContent Content { get; init; }
    public required int CampaignVersion { get; init; }
    /// <summary>The card instance the submission came from.</summary>
    public required string Nonce { get; init; }
    public required PledgeAuthor By { get; init; }
    public required DateTimeOffset At { get; init; }
}
