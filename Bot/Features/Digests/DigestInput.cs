using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// Everything <see cref="DigestBuilder.Build"/> needs, as read by <see cref="DigestLoader"/>: the roster, the campaign's
/// pledges, and of the month the unit index rows (<c>u|</c>), the unit reports (<c>unit|</c>), the heads' decisions
/// on good deeds (<c>d|</c>), and the previous month's unit index rows (empty when it has no day in a phase).
/// </summary>
public sealed record DigestInput
{
    public required IReadOnlyList<Person> People { get; init; }
    public required IReadOnlyList<PledgeUnitEntry> Pledges { get; init; }
    public required IReadOnlyList<ProgressUnitEntry> Entries { get; init; }
    public required IReadOnlyList<UnitMonthReport> UnitReports { get; init; }
    public required IReadOnlyList<StoredDeedDecision> Decisions { get; init; }
    public IReadOnlyList<ProgressUnitEntry>? PreviousEntries { get; init; }
}
