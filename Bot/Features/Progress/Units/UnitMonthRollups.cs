using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Pledges.Units;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Progress.Units;

/// <summary>
/// Builds the unit head's month roll-up. Loading and building are apart: <see cref="LoadAsync"/> reads one unit's month
/// (one range query over <c>u|{unit}|</c>, one over <c>d|{unit}|</c>, point reads of the unit report and the digest
/// marker, the unit's pledge index) for members the caller read from the roster; <see cref="Build"/> is a pure function
/// of that. <see cref="BuildAllAsync"/> builds every unit head's card of a month reading the roster, the campaign's
/// pledges and each kind of month row once for all units.
/// </summary>
public sealed class UnitMonthRollups(RosterStore roster, PledgeStore pledges, ProgressStore reports, TimeProvider time) : IUnitMonthCardSource
{
    /// <summary>Reads done at once when a unit needs point reads (pledges not in its index, older index rows without the deed).</summary>
    private const int ReadParallelism = 8;

    /// <summary>The active people of <paramref name="unitId"/> who pledge individually, by name, from <paramref name="people"/> (the roster).</summary>
    public static IReadOnlyList<Person> MembersOf(IEnumerable<Person> people, string unitId) =>
        [.. people.Where(p => p.UnitId == unitId && PledgeRights.CanPledge(p, PledgeKind.Individual)).OrderBy(p => p.DisplayName, TextOrder.Vietnamese)];

    /// <summary>The unit's members (one range query on the roster's unit index).</summary>
    public async Task<IReadOnlyList<Person>> MembersAsync(PledgeCampaign campaign, string unitId, CancellationToken cancellationToken) =>
        MembersOf(await roster.ListUnitPeopleAsync(campaign.TenantId, campaign.CampaignId, unitId, cancellationToken).ConfigureAwait(false), unitId);

    /// <summary><see cref="IUnitMonthCardSource"/>: the card for the head's personal chat (refreshed for the chat's member).</summary>
    public async Task<JsonObject> BuildAsync(
        PledgeCampaign campaign, string unitId, ProgressMonth month, Strings s, IReadOnlyList<string> notices, CancellationToken cancellationToken)
    {
        var members = await MembersAsync(campaign, unitId, cancellationToken).ConfigureAwait(false);
        var data = await LoadAsync(campaign, unitId, month, members, cancellationToken).ConfigureAwait(false);
        return Build(campaign, data, s, new UnitMonthView { Notices = notices });
    }

    /// <summary>
    /// Every unit head's card for <paramref name="month"/>, by unit id: the roster and the campaign's pledges read
    /// once, the month's <c>u|</c>, <c>d|</c> and <c>unit|</c> rows each read with one range query for all units.
    /// Units without an active head are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, JsonObject>> BuildAllAsync(PledgeCampaign campaign, ProgressMonth month, Strings s, CancellationToken cancellationToken)
    {
        var (tenant, id) = (campaign.TenantId, campaign.CampaignId);
        var people = await roster.ListPeopleAsync(tenant, id, cancellationToken).ConfigureAwait(false);
        var pledged = (await pledges.ListCampaignAsync(tenant, id, cancellationToken).ConfigureAwait(false))
            .Where(p => p.Kind == PledgeKind.Individual).Select(p => PledgeKeys.NormalizeSubject(PledgeKind.Individual, p.Subject)).ToHashSet(StringComparer.Ordinal);
        var entries = (await reports.ListAllUnitsAsync(tenant, id, month.Key, cancellationToken).ConfigureAwait(false)).ToLookup(e => e.UnitId, StringComparer.Ordinal);
        var decisions = (await reports.ListAllDeedDecisionsAsync(tenant, id, month.Key, cancellationToken).ConfigureAwait(false)).ToLookup(d => d.UnitId, StringComparer.Ordinal);
        var unitReports = (await reports.ListUnitReportsAsync(tenant, id, month.Key, cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.UnitId, StringComparer.Ordinal);
        var digestPosted = await reports.IsDigestPostedAsync(tenant, id, month.Key, cancellationToken).ConfigureAwait(false);
        var (state, phase) = await StateAsync(campaign, month, cancellationToken).ConfigureAwait(false);

        var heads = people.Where(UnitRequests.IsUnitHead).Select(p => p.UnitId!).Distinct(StringComparer.Ordinal);
        var byUnit = people.ToLookup(p => p.UnitId ?? "", StringComparer.Ordinal);
        var cards = new ConcurrentDictionary<string, JsonObject>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(heads, new ParallelOptions { MaxDegreeOfParallelism = ReadParallelism, CancellationToken = cancellationToken }, async (unitId, ct) =>
        {
            var members = MembersOf(byUnit[unitId], unitId);
            var data = new UnitMonthData
            {
                UnitId = unitId,
                Month = month,
                Members = members,
                Pledged = members.Select(Subject).Where(pledged.Contains).ToHashSet(StringComparer.Ordinal),
                Entries = await WithDeedsAsync(campaign, month, entries[unitId], ct).ConfigureAwait(false),
                Decisions = decisions[unitId].ToDictionary(d => d.Subject, StringComparer.Ordinal),
                Report = unitReports.GetValueOrDefault(unitId),
                DigestPosted = digestPosted,
                State = state,
                PhaseName = phase,
            };
            cards[unitId] = Build(campaign, data, s, new UnitMonthView());
        }).ConfigureAwait(false);
        return cards;
    }

    /// <summary>One unit's month, for <paramref name="members"/> (from <see cref="MembersOf"/>).</summary>
    public async Task<UnitMonthData> LoadAsync(PledgeCampaign campaign, string unitId, ProgressMonth month, IReadOnlyList<Person> members, CancellationToken cancellationToken)
    {
        var (tenant, id) = (campaign.TenantId, campaign.CampaignId);
        var entriesTask = reports.ListUnitAsync(tenant, id, month.Key, unitId, cancellationToken);
        var decisionsTask = reports.ListDeedDecisionsAsync(tenant, id, month.Key, unitId, cancellationToken);
        var reportTask = reports.GetUnitReportAsync(tenant, id, month.Key, unitId, cancellationToken);
        var digestTask = reports.IsDigestPostedAsync(tenant, id, month.Key, cancellationToken);
        var indexTask = pledges.ListUnitAsync(tenant, id, unitId, cancellationToken);
        await Task.WhenAll(entriesTask, decisionsTask, reportTask, digestTask, indexTask).ConfigureAwait(false);

        var entries = await WithDeedsAsync(campaign, month, await entriesTask.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var indexed = (await indexTask.ConfigureAwait(false)).Where(e => e.Kind == PledgeKind.Individual).Select(e => e.Subject).ToHashSet(StringComparer.Ordinal);
        var (state, phase) = await StateAsync(campaign, month, cancellationToken).ConfigureAwait(false);
        return new UnitMonthData
        {
            UnitId = unitId,
            Month = month,
            Members = members,
            Pledged = await PledgedAsync(campaign, members, indexed, entries, cancellationToken).ConfigureAwait(false),
            Entries = entries,
            Decisions = (await decisionsTask.ConfigureAwait(false)).ToDictionary(d => d.Subject, StringComparer.Ordinal),
            Report = await reportTask.ConfigureAwait(false),
            DigestPosted = await digestTask.ConfigureAwait(false),
            State = state,
            PhaseName = phase,
        };
    }

    /// <summary>The card for <paramref name="data"/>: no storage, no clock but <paramref name="view"/>'s or the time provider's.</summary>
    public JsonObject Build(PledgeCampaign campaign, UnitMonthData data, Strings s, UnitMonthView view)
    {
        var month = data.Month;
        var now = time.GetUtcNow();
        var reportDay = StaffReportDay(campaign, month);
        var today = DateOnly.FromDateTime(campaign.Local(now).DateTime);
        var reported = new List<UnitMonthPerson>();
        var notReported = new List<UnitMonthPerson>();
        var withoutPledge = new List<UnitMonthPerson>();
        foreach (var member in data.Members)
        {
            var subject = Subject(member);
            if (data.Entries.TryGetValue(subject, out var entry))
            {
                var note = string.Format(CultureInfo.InvariantCulture, s.UnitMonthReportedNote,
                    campaign.Local(entry.SavedAt).ToString("dd/MM HH:mm", CultureInfo.InvariantCulture), entry.Version);
                reported.Add(new UnitMonthPerson(member.SignInName, member.DisplayName, note));
            }
            else
            {
                (data.Pledged.Contains(subject) ? notReported : withoutPledge).Add(new UnitMonthPerson(member.SignInName, member.DisplayName));
            }
        }

        var closedNote = data.State switch
        {
            ProgressMonthState.Open => null,
            _ => ProgressCardFactory.StateMessage(s, data.State, month, data.PhaseName),
        };
        var actionable = data.State == ProgressMonthState.Open;
        return UnitMonthCard.Build(s, new UnitMonthModel
        {
            CampaignId = campaign.CampaignId,
            UnitId = data.UnitId,
            Month = month.Key,
            MonthText = month.Text,
            CampaignTitle = campaign.Definition.Title,
            UnitName = campaign.UnitName(data.UnitId, s),
            StaffReportDay = reportDay,
            PastReportDay = today > reportDay,
            HeadUserId = view.HeadUserId,
            Nonce = PledgeCardFactory.NewNonce(),
            Members = data.Members.Count,
            Reported = reported,
            NotReported = notReported,
            WithoutPledge = withoutPledge,
            Areas = [.. AreaCounts(campaign, data).Select(a => new UnitMonthArea(campaign.AreaTitle(a.AreaId), a.Done, a.InProgress, a.NotStarted, a.Blocked))],
            Deeds = Deeds(s, data),
            Report = data.Report is { } r
                ? new UnitMonthReportLine(r.Version, r.SavedBy.Name ?? r.SavedBy.SignInName ?? "", campaign.Local(r.SavedAt), r.Comment, r.Reason)
                : null,
            ClosedNote = closedNote,
            CanAmend = actionable && data.Report is not null && !data.DigestPosted,
            AmendNote = data.Report is not null && data.DigestPosted ? string.Format(CultureInfo.InvariantCulture, s.UnitMonthDigestPosted, month.Text) : null,
            CanNudge = actionable && data.Report is null,
            TypedComment = view.TypedComment,
            TypedReason = view.TypedReason,
            Notices = view.Notices,
            Errors = view.Errors,
            ShownAt = campaign.Local(now),
        });
    }

    /// <summary>What the unit report records of <paramref name="data"/>: counts, statuses by area, who was late, the confirmed deeds.</summary>
    public static UnitReportSnapshot Snapshot(PledgeCampaign campaign, UnitMonthData data)
    {
        var reported = data.Members.Count(m => data.Entries.ContainsKey(Subject(m)));
        var late = data.Members.Where(m => !data.Entries.ContainsKey(Subject(m)) && data.Pledged.Contains(Subject(m))).ToList();
        return new UnitReportSnapshot
        {
            Members = data.Members.Count,
            Reported = reported,
            NotReported = data.Members.Count - reported,
            WithoutPledge = data.Members.Count - reported - late.Count,
            Areas = AreaCounts(campaign, data),
            Late = [.. late.Select(m => new UnitReportPerson(Subject(m), m.DisplayName))],
            ConfirmedDeeds =
            [
                .. data.Members
                    .Select(m => (Member: m, Entry: data.Entries.GetValueOrDefault(Subject(m))))
                    .Where(x => x.Entry?.GoodDeed is { } deed
                        && data.Decisions.TryGetValue(x.Entry.Subject, out var decision)
                        && decision.Decision == GoodDeedDecision.Confirmed
                        && decision.AppliesTo(deed))
                    .Select(x => new UnitReportDeed(x.Entry!.Subject, x.Member.DisplayName, x.Entry.GoodDeed!.ColleagueName, x.Entry.GoodDeed.Description)),
            ],
        };
    }

    /// <summary>The day people report by in <paramref name="month"/>: the campaign's staff report day.</summary>
    public static DateOnly StaffReportDay(PledgeCampaign campaign, ProgressMonth month) =>
        month.First.AddDays(Math.Min(campaign.Definition.MonthlyReporting.StaffReportDay, DateTime.DaysInMonth(month.First.Year, month.First.Month)) - 1);

    public static string Subject(Person person) => PledgeRights.SubjectOf(person, PledgeKind.Individual);

    /// <summary>Counts by status for each content area of the campaign some report of a member covers, in the campaign's order.</summary>
    private static IReadOnlyList<UnitAreaCount> AreaCounts(PledgeCampaign campaign, UnitMonthData data)
    {
        var statuses = data.Members
            .Select(m => data.Entries.GetValueOrDefault(Subject(m)))
            .OfType<ProgressUnitEntry>()
            .SelectMany(e => e.Statuses)
            .ToLookup(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        return
        [
            .. campaign.Definition.ContentAreas
                .Where(area => statuses.Contains(area.Id))
                .Select(area => new UnitAreaCount(
                    area.Id,
                    statuses[area.Id].Count(x => x == ProgressStatus.Done),
                    statuses[area.Id].Count(x => x == ProgressStatus.InProgress),
                    statuses[area.Id].Count(x => x == ProgressStatus.NotStarted),
                    statuses[area.Id].Count(x => x == ProgressStatus.Blocked))),
        ];
    }

    /// <summary>The members' good deeds, those waiting for a decision first, then by name.</summary>
    private static IReadOnlyList<UnitMonthDeed> Deeds(Strings s, UnitMonthData data) =>
    [
        .. data.Members
            .Select(m => (Member: m, Entry: data.Entries.GetValueOrDefault(Subject(m))))
            .Where(x => x.Entry?.GoodDeed is not null)
            .Select(x =>
            {
                var deed = x.Entry!.GoodDeed!;
                var decision = data.Decisions.TryGetValue(x.Entry.Subject, out var d) && d.AppliesTo(deed) ? GoodDeedDecisions.Id(d.Decision) : null;
                var about = deed.AboutSelf ? s.UnitMonthDeedAboutSelf : string.Format(CultureInfo.InvariantCulture, s.UnitMonthDeedAboutColleague, deed.ColleagueName);
                return new UnitMonthDeed(x.Member.SignInName, x.Member.DisplayName, about, deed.Description, decision);
            })
            .OrderBy(deed => deed.Decision is null ? 0 : 1),
    ];

    private async Task<(ProgressMonthState State, string? Phase)> StateAsync(PledgeCampaign campaign, ProgressMonth month, CancellationToken cancellationToken)
    {
        // No unit: the unit report does not close the month for its head.
        var (state, phase) = await month.StateAsync(campaign, null, time.GetUtcNow(), reports, cancellationToken).ConfigureAwait(false);
        return (state, phase?.Name);
    }

    /// <summary>The unit's index rows by subject, with the good deed read from the person's report for rows written before the index carried it.</summary>
    private async Task<IReadOnlyDictionary<string, ProgressUnitEntry>> WithDeedsAsync(
        PledgeCampaign campaign, ProgressMonth month, IEnumerable<ProgressUnitEntry> entries, CancellationToken cancellationToken)
    {
        var bySubject = new ConcurrentDictionary<string, ProgressUnitEntry>(entries.Select(e => KeyValuePair.Create(e.Subject, e)), StringComparer.Ordinal);
        var missing = bySubject.Values.Where(e => e.GoodDeedProposed && e.GoodDeed is null).ToList();
        await Parallel.ForEachAsync(missing, new ParallelOptions { MaxDegreeOfParallelism = ReadParallelism, CancellationToken = cancellationToken }, async (entry, ct) =>
        {
            var report = await reports.GetAsync(campaign.TenantId, campaign.CampaignId, month.Key, entry.Subject, ct).ConfigureAwait(false);
            bySubject[entry.Subject] = entry with { GoodDeed = report?.Content.GoodDeed };
        }).ConfigureAwait(false);
        return new Dictionary<string, ProgressUnitEntry>(bySubject, StringComparer.Ordinal);
    }

    /// <summary>
    /// Who among <paramref name="members"/> has an individual pledge: those who reported (a report needs one), those in
    /// the unit's pledge index, and a read of the pledge itself for the others (someone who pledged in another unit).
    /// </summary>
    private async Task<IReadOnlySet<string>> PledgedAsync(
        PledgeCampaign campaign, IReadOnlyList<Person> members, HashSet<string> indexed, IReadOnlyDictionary<string, ProgressUnitEntry> entries, CancellationToken cancellationToken)
    {
        var pledged = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var subject in members.Select(Subject))
        {
            if (indexed.Contains(subject) || entries.ContainsKey(subject))
            {
                pledged[subject] = true;
            }
            else
            {
                unknown.Add(subject);
            }
        }
        await Parallel.ForEachAsync(unknown, new ParallelOptions { MaxDegreeOfParallelism = ReadParallelism, CancellationToken = cancellationToken }, async (subject, ct) =>
        {
            if (await pledges.GetAsync(campaign.TenantId, campaign.CampaignId, PledgeKind.Individual, subject, ct).ConfigureAwait(false) is not null)
            {
                pledged[subject] = true;
            }
        }).ConfigureAwait(false);
        return pledged.Keys.ToHashSet(StringComparer.Ordinal);
    }
}
