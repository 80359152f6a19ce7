namespace ThiDuaBot.Storage.Progress;

/// <summary>
/// A report as the unit's month lists it: whose, the status per content area, whether a good deed was put forward and,
/// for rows written since the unit head's roll-up, the deed itself (null on older rows: read the person's report).
/// </summary>
public sealed record ProgressUnitEntry(
    string Subject,
    string UnitId,
    int Version,
    IReadOnlyDictionary<string, ProgressStatus> Statuses,
    bool GoodDeedProposed,
    DateTimeOffset SavedAt,
    GoodDeed? GoodDeed = null);
