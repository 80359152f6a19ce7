using ThiDuaBot.Storage.Progress;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Progress.Units;

/// <summary>
/// One unit's month as loaded from storage, everything <see cref="UnitMonthRollups.Build"/> needs: the members (active
/// people of the unit who pledge individually, by name), who of them has pledged, the unit's index rows of the month
/// (with the good deeds), the head's decisions on the deeds, the unit report, whether the council digest is posted,
/// and whether the month can be acted on at all.
/// </summary>
public sealed record UnitMonthData
{
    public required string UnitId { get; init; }
    public required ProgressMonth Month { get; init; }
    public required IReadOnlyList<Person> Members { get; init; }
    /// <summary>Individual pledge subjects (sign-in names, lower case) among the members.</summary>
    public required IReadOnlySet<string> Pledged { get; init; }
    /// <summary>The unit's <c>u|{unit}|</c> rows, by subject.</summary>
    public required IReadOnlyDictionary<string, ProgressUnitEntry> Entries { get; init; }
    /// <summary>The head's decisions, by subject.</summary>
    public required IReadOnlyDictionary<string, StoredDeedDecision> Decisions { get; init; }
    public UnitMonthReport? Report { get; init; }
    public bool DigestPosted { get; init; }
    /// <summary>Whether the month can be acted on, from the campaign (future, outside the phases, phase closed).</summary>
    public required ProgressMonthState State { get; init; }
    public string? PhaseName { get; init; }
}
