namespace ThiDuaBot.Storage.Progress;

/// <summary>A unit head's submission or amendment of the unit's monthly report, checked and cleaned by the caller.</summary>
public sealed record UnitReportWrite
{
    public required string TenantId { get; init; }
    public required string CampaignId { get; init; }
    public required string Month { get; init; }
    public required string UnitId { get; init; }
    public required string Comment { get; init; }
    /// <summary>Required for an amendment; null for the submission.</summary>
    public string? Reason { get; init; }
    /// <summary>The card instance: the same card pressed twice stores once.</summary>
    public required string Nonce { get; init; }
    public required ProgressAuthor By { get; init; }
    public required DateTimeOffset At { get; init; }
}
