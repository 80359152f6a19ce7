namespace ThiDuaBot.Storage.Progress;

/// <summary>A validated submission to store as the report's next version.</summary>
public sealed record ProgressSave
{
    public required string TenantId { get; init; }
    public required string CampaignId { get; init; }
    public required string Month { get; init; }
    public required string Subject { get; init; }
    public string? UnitId { get; init; }
    public required ProgressContent Content { get; init; }
    public required int PledgeVersion { get; init; }
    /// <summary>The card instance the submission came from.</summary>
    public required string Nonce { get; init; }
    public required ProgressAuthor By { get; init; }
    public required DateTimeOffset At { get; init; }
}
