namespace ThiDuaBot.Storage.Pledges;

/// <summary>A pledge as the unit head's roll-up lists it: whose, which title, which version, when.</summary>
public sealed record PledgeUnitEntry(
    PledgeKind Kind,
    string Subject,
    string UnitId,
    string TitleId,
    int Version,
    DateTimeOffset FirstSavedAt,
    DateTimeOffset SavedAt);
