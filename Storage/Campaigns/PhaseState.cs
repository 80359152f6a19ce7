namespace ThiDuaBot.Storage.Campaigns;

/// <summary>The state of one phase of a campaign, and who moved it last.</summary>
public sealed record PhaseState(string PhaseId, PhaseStatus Status, DateTimeOffset? StartedAt, DateTimeOffset? ClosedAt, string? ChangedByAadObjectId);
