using System.Collections.Concurrent;
using System.Globalization;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Pledges.Reminders;
using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Progress;

namespace ThiDuaBot.Bot.Features.Progress.Reminders;

/// <summary>
/// Sends people their progress form for a month, automatic reminder or a unit head's nudge alike: the form of their
/// current pledge in their language with notices on top, counted per person on <see cref="Prompt"/> against the
/// campaign's <c>maxPerPrompt</c> (the counter's ETag keeps racing instances and presses under it), and queued in the
/// month's outbox batch keyed <c>campaign|round|person|progress-{yyyy-MM}</c>, so a round reaches each person once.
/// The monthly prompt goes the same way without being counted (<see cref="QueueAsync"/>).
/// </summary>
public sealed class ProgressReminderDispatch(PledgeStore pledges, ProgressStore reports, MonthSends sends, TimeProvider time)
{
    private const int Parallelism = 8;

    /// <summary>The counter a progress reminder counts on, and the kind part of its outbox key: <c>progress-{yyyy-MM}</c>.</summary>
    public static string Prompt(ProgressMonth month) => "progress-" + month.Key;

    /// <summary>The outbox batch of a campaign month: the prompt, the reminders and the nudges of the month all join it.</summary>
    public static string Batch(string tenantId, string campaignId, ProgressMonth month) => $"{tenantId}|{campaignId}|progress-{month.Key}";

    /// <summary>
    /// Reminds <paramref name="people"/> of their report for <paramref name="month"/> in <paramref name="round"/>. Who has
    /// no individual pledge (<see cref="PledgeReminderResult.NoPledge"/>), has reported already
    /// (<see cref="PledgeReminderResult.AlreadyReported"/>) or cannot report on the month any more
    /// (<see cref="PledgeReminderResult.MonthClosed"/>) is skipped, nothing counted; then as for pledges: unreachable,
    /// over the cap, reminded already in this round, or queued. One outcome per person, in the order given.
    /// </summary>
    public async Task<IReadOnlyList<PledgeReminderOutcome>> SendAsync(
        PledgeCampaign campaign, ProgressMonth month, IReadOnlyList<PersonReach> people, string round,
        Func<Strings, IReadOnlyList<string>> notices, CancellationToken cancellationToken)
    {
        var reported = await ReportedAsync(campaign, month, cancellationToken).ConfigureAwait(false);
        var open = await OpenUnitsAsync(campaign, month, people.Select(reach => reach.Person.UnitId), cancellationToken).ConfigureAwait(false);
        var skipped = new ConcurrentDictionary<int, PledgeReminderOutcome>();
        var targets = new ConcurrentDictionary<int, (PersonReach Reach, StoredPledge Pledge)>();
        await Parallel.ForEachAsync(
            people.Select((reach, index) => (reach, index)),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (entry, ct) =>
            {
                var (reach, index) = entry;
                var person = reach.Person;
                var pledge = PledgeRights.CanPledge(person, PledgeKind.Individual)
                    ? await pledges.GetAsync(campaign.TenantId, campaign.CampaignId, PledgeKind.Individual, person.SignInName, ct).ConfigureAwait(false)
                    : null;
                var skip = pledge is null ? PledgeReminderResult.NoPledge
                    : reported.Contains(ProgressKeys.NormalizeSubject(person.SignInName)) ? PledgeReminderResult.AlreadyReported
                    : !open.GetValueOrDefault(person.UnitId ?? "") ? PledgeReminderResult.MonthClosed
                    : (PledgeReminderResult?)null;
                if (skip is { } result)
                {
                    skipped[index] = new PledgeReminderOutcome(person, result);
                }
                else
                {
                    targets[index] = (reach, pledge!);
                }
            }).ConfigureAwait(false);

        var order = targets.Keys.Order().ToList();
        var sent = await QueueAsync(campaign, month, order.Select(index => targets[index]).ToList(), round, notices, counted: true, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < order.Count; i++)
        {
            skipped[order[i]] = sent[i];
        }
        return skipped.OrderBy(o => o.Key).Select(o => o.Value).ToList();
    }

    /// <summary>
    /// Queues each target's form for <paramref name="month"/> in <paramref name="round"/>, the checks on pledge, report
    /// and month done by the caller. <paramref name="counted"/>: a reminder, counted against the cap first; the monthly
    /// prompt is not a reminder and is not counted. One outcome per target, in order.
    /// </summary>
    internal Task<IReadOnlyList<PledgeReminderOutcome>> QueueAsync(
        PledgeCampaign campaign, ProgressMonth month, IReadOnlyList<(PersonReach Reach, StoredPledge Pledge)> targets, string round,
        Func<Strings, IReadOnlyList<string>> notices, bool counted, CancellationToken cancellationToken) =>
        sends.QueueAsync(campaign, month, [.. targets.Select(target => new MonthSends.Send(target.Reach, Prompt(month), (s, _) => Task.FromResult(Activity.CardMessage(
            ProgressCardFactory.Form(campaign, s, target.Reach.Person, target.Pledge, month, ProgressFormValues.Empty, PledgeCardFactory.NewNonce(), [], notices(s)),
            string.Format(CultureInfo.InvariantCulture, s.ProgressHeading, month.Text) + " — " + campaign.Definition.Title))))],
            round, counted, cancellationToken);

    /// <summary>Who has reported for the month (normalised sign-in names): one query in the month's partition.</summary>
    internal async Task<IReadOnlySet<string>> ReportedAsync(PledgeCampaign campaign, ProgressMonth month, CancellationToken cancellationToken) =>
        (await reports.ListMonthAsync(campaign.TenantId, campaign.CampaignId, month.Key, cancellationToken).ConfigureAwait(false))
            .Select(report => ProgressKeys.NormalizeSubject(report.Subject))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the month can be reported on now for each unit (<c>""</c>: people without a unit): its phase open and,
    /// for a unit, its monthly report not yet submitted. One point read per unit.
    /// </summary>
    internal async Task<IReadOnlyDictionary<string, bool>> OpenUnitsAsync(
        PledgeCampaign campaign, ProgressMonth month, IEnumerable<string?> unitIds, CancellationToken cancellationToken)
    {
        var open = new Dictionary<string, bool>(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        foreach (var unitId in unitIds.Select(id => id ?? "").Distinct(StringComparer.Ordinal))
        {
            var (state, _) = await month.StateAsync(campaign, unitId.Length == 0 ? null : unitId, now, reports, cancellationToken).ConfigureAwait(false);
            open[unitId] = state == ProgressMonthState.Open;
        }
        return open;
    }
}
