namespace ThiDuaBot.Storage.Campaigns;

/// <summary>Where a phase (đợt thi đua) stands: the secretary starts and closes it.</summary>
public enum PhaseStatus
{
    NotStarted,
    Active,
    Closed,
}
