namespace ThiDuaBot.Storage.Progress;

/// <summary>
/// What a unit's monthly report records of the unit's month: the counts, the statuses by content area, who was late,
/// and the good deeds the head confirmed (with their text), as they stood when the report was written.
/// </summary>
public sealed record UnitReportSnapshot
{
    /// <summary>Active people of the unit who pledge individually.</summary>
    public int Members { get; init; }
    public int Reported { get; init; }
    public int NotReported { get; init; }
    /// <summary>Members without an individual pledge (counted among <see cref="NotReported"/>).</summary>
    public int WithoutPledge { get; init; }
    public IReadOnlyList<UnitAreaCount> Areas { get; init; } = [];
    /// <summary>Members who had not reported (with a pledge), by name.</summary>
    public IReadOnlyList<UnitReportPerson> Late { get; init; } = [];
    public IReadOnlyList<UnitReportDeed> ConfirmedDeeds { get; init; } = [];

    public static readonly UnitReportSnapshot Empty = new();
}

/// <summary>How many reports of the unit give each status for one content area.</summary>
public sealed record UnitAreaCount(string AreaId, int Done, int InProgress, int NotStarted, int Blocked);

/// <summary>A person named in a unit report: sign-in name and name as the roster had them.</summary>
public sealed record UnitReportPerson(string Subject, string Name);

/// <summary>A good deed the head confirmed: who put it forward, about whom (null: themselves), and what was done.</summary>
public sealed record UnitReportDeed(string Subject, string Name, string? ColleagueName, string Description);
