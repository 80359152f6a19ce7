using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Progress.Units;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// The pledge round digest at a moment, from the roster and the campaign's pledges as their unit index holds them: a
/// pure function, no storage, no clock. Members follow the unit head's roll-up and the monthly digest
/// (<see cref="UnitMonthRollups.MembersOf"/>: active people of the unit who pledge individually, today's roster). A
/// pledge counts from its first save (<see cref="PledgeUnitEntry.FirstSavedAt"/>), so the figures of a week earlier
/// come from the same rows: pledged then = first saved at or before <c>asOf − 7 days</c>; no snapshot is stored.
/// </summary>
public static class PledgeDigestBuilder
{
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);

    public static PledgeDigest Build(PledgeCampaign campaign, IReadOnlyList<Person> people, IReadOnlyList<PledgeUnitEntry> pledges, DateTimeOffset asOf)
    {
        var weekAgo = asOf - Week;
        var soFar = pledges.Where(p => p.FirstSavedAt <= asOf).ToList();
        var firstSaved = soFar.Where(p => p.Kind == PledgeKind.Individual)
            .GroupBy(p => p.Subject, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(p => p.FirstSavedAt), StringComparer.Ordinal);
        var collective = soFar.Where(p => p.Kind == PledgeKind.Collective).Select(p => p.Subject).ToHashSet(StringComparer.Ordinal);

        var units = new List<PledgeDigestUnitLine>();
        var memberSubjects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (unit, members) in DigestBuilder.UnitsWithMembers(campaign, people))
        {
            memberSubjects.UnionWith(members);
            units.Add(new PledgeDigestUnitLine(
                unit.UnitId,
                unit.Name,
                members.Count,
                members.Count(firstSaved.ContainsKey),
                members.Count(m => firstSaved.TryGetValue(m, out var at) && at <= weekAgo),
                collective.Contains(unit.UnitId)));
        }

        return new PledgeDigest
        {
            CampaignTitle = campaign.Definition.Title,
            AsOf = campaign.Local(asOf),
            WeekAgo = campaign.Local(weekAgo),
            Deadline = campaign.Deadline,
            Units = units,
            Titles = DigestBuilder.Titles(campaign, soFar, memberSubjects),
        };
    }
}
