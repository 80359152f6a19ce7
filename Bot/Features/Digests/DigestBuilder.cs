using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Progress;
using ThiDuaBot.Bot.Features.Progress.Units;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// The council digest of a month from what <see cref="DigestLoader"/> read: a pure function, no storage, no clock, so
/// the numbers can be checked on a small known data set and timed on a large one. Members, pledged, reported and late
/// follow the unit head's roll-up (<see cref="UnitMonthRollups.MembersOf"/>): active people of the unit who pledge
/// individually; reported = with a report this month; late = pledged, no report.
/// </summary>
public static class DigestBuilder
{
    public static MonthlyDigest Build(PledgeCampaign campaign, ProgressMonth month, DigestInput input, Strings s)
    {
        var reported = input.Entries.Select(e => e.Subject).ToHashSet(StringComparer.Ordinal);
        var individual = input.Pledges.Where(p => p.Kind == PledgeKind.Individual).Select(p => p.Subject).ToHashSet(StringComparer.Ordinal);
        var submitted = input.UnitReports.Select(r => r.UnitId).ToHashSet(StringComparer.Ordinal);

        var units = new List<DigestUnitLine>();
        var memberSubjects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (unit, members) in UnitsWithMembers(campaign, input.People))
        {
            memberSubjects.UnionWith(members);
            var pledged = members.Count(individual.Contains);
            var done = members.Count(reported.Contains);
            var late = members.Count(m => individual.Contains(m) && !reported.Contains(m));
            units.Add(new DigestUnitLine(unit.UnitId, unit.Name, members.Count, pledged, done, late, submitted.Contains(unit.UnitId)));
        }

        return new MonthlyDigest
        {
            Month = month,
            CampaignTitle = campaign.Definition.Title,
            Units = units,
            Titles = Titles(campaign, input.Pledges, memberSubjects),
            Areas = Areas(campaign, input.Entries),
            Deeds = Deeds(campaign, input, s),
            Change = input.PreviousEntries is { } previous
                ? new DigestChange(
                    new ProgressMonth(month.First.AddMonths(-1)).Text,
                    DigestMath.Percent(previous.Select(e => e.Subject).Distinct(StringComparer.Ordinal).Count(memberSubjects.Contains), memberSubjects.Count),
                    previous.Sum(e => e.Statuses.Values.Count(v => v == ProgressStatus.Done)))
                : null,
        };
    }

    /// <summary>
    /// The campaign's units that have members, by name, each with its members' subjects: the unit's active people who
    /// pledge individually, as the unit head's roll-up counts them (<see cref="UnitMonthRollups.MembersOf"/>). Also the
    /// pledge round digest's.
    /// </summary>
    internal static IEnumerable<(Unit Unit, IReadOnlyList<string> Members)> UnitsWithMembers(PledgeCampaign campaign, IReadOnlyList<Person> people)
    {
        var byUnit = people.Where(p => p.UnitId is not null).ToLookup(p => p.UnitId!, StringComparer.Ordinal);
        foreach (var unit in campaign.Units.OrderBy(u => u.Name, TextOrder.Vietnamese))
        {
            var members = UnitMonthRollups.MembersOf(byUnit[unit.UnitId], unit.UnitId).Select(UnitMonthRollups.Subject).ToList();
            if (members.Count > 0)
            {
                yield return (unit, members);
            }
        }
    }

    /// <summary>
    /// Pledges by title: individual ones of the members, collective ones of the units; campaign order, titles nobody
    /// aims at left out. Also the pledge round digest's (<see cref="PledgeDigestBuilder"/>).
    /// </summary>
    internal static IReadOnlyList<DigestTitleCount> Titles(PledgeCampaign campaign, IEnumerable<PledgeUnitEntry> pledges, HashSet<string> members)
    {
        var units = campaign.Units.Select(u => u.UnitId).ToHashSet(StringComparer.Ordinal);
        var counts = pledges
            .Where(p => p.Kind == PledgeKind.Individual ? members.Contains(p.Subject) : units.Contains(p.Subject))
            .GroupBy(p => (p.Kind, p.TitleId))
            .ToDictionary(g => g.Key, g => g.Count());
        var result = new List<DigestTitleCount>();
        foreach (var (kind, titles) in new[] { (PledgeKind.Individual, campaign.Definition.Titles.Individual), (PledgeKind.Collective, campaign.Definition.Titles.Collective) })
        {
            foreach (var title in titles)
            {
                if (counts.Remove((kind, title.Id), out var count))
                {
                    result.Add(new DigestTitleCount(title.Id, title.Name, kind == PledgeKind.Collective, count));
                }
            }
        }
        // A title no longer in the campaign file (changed after pledging) still counts, under its id.
        result.AddRange(counts.OrderBy(c => c.Key.TitleId, StringComparer.Ordinal)
            .Select(c => new DigestTitleCount(c.Key.TitleId, campaign.TitleName(c.Key.TitleId), c.Key.Kind == PledgeKind.Collective, c.Value)));
        return result;
    }

    /// <summary>Statuses by content area over <paramref name="entries"/>, in the campaign's order; areas no entry mentions left out.</summary>
    internal static IReadOnlyList<DigestAreaCount> Areas(PledgeCampaign campaign, IReadOnlyList<ProgressUnitEntry> entries)
    {
        var statuses = entries.SelectMany(e => e.Statuses).ToLookup(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        return
        [
            .. campaign.Definition.ContentAreas
                .Where(area => statuses.Contains(area.Id))
                .Select(area => new DigestAreaCount(
                    area.Id,
                    area.Title,
                    statuses[area.Id].Count(x => x == ProgressStatus.Done),
                    statuses[area.Id].Count(x => x == ProgressStatus.InProgress),
                    statuses[area.Id].Count(x => x == ProgressStatus.NotStarted),
                    statuses[area.Id].Count(x => x == ProgressStatus.Blocked))),
        ];
    }

    /// <summary>
    /// Deeds the head confirmed that the person's report still puts forward as decided (a deed changed after the
    /// decision waits for a new one), by unit then person.
    /// </summary>
    private static IReadOnlyList<DigestDeed> Deeds(PledgeCampaign campaign, DigestInput input, Strings s)
    {
        var entries = input.Entries.ToDictionary(e => (e.UnitId, e.Subject));
        var names = input.People.ToDictionary(p => p.SignInName, p => p.DisplayName, StringComparer.Ordinal);
        return
        [
            .. input.Decisions
                .Where(d => d.Decision == GoodDeedDecision.Confirmed
                    && entries.TryGetValue((d.UnitId, d.Subject), out var entry)
                    && entry.GoodDeedProposed
                    && (entry.GoodDeed is null || d.AppliesTo(entry.GoodDeed)))
                .Select(d => new DigestDeed(names.GetValueOrDefault(d.Subject, d.Subject), campaign.UnitName(d.UnitId, s), d.Deed.ColleagueName, d.Deed.Description))
                .OrderBy(d => d.UnitName, TextOrder.Vietnamese)
                .ThenBy(d => d.PersonName, TextOrder.Vietnamese),
        ];
    }
}
