using System.Globalization;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Pledges.Reminders;
using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Progress.Reminders;

/// <summary>
/// Sends unit heads their unit's month roll-up (from <see cref="IUnitMonthCardSource"/>) with notices on top, queued in
/// the month's outbox batch keyed <c>campaign|round|head|unit-report-{yyyy-MM}-{unit}</c>. A reminder is counted per
/// head on <see cref="Prompt"/> against <c>maxPerPrompt</c>; the roll-up sent with the monthly prompt is not.
/// Which heads still owe a report is the caller's business.
/// </summary>
public sealed class UnitReportDispatch(IUnitMonthCardSource cards, MonthSends sends)
{
    /// <summary>The counter a unit report reminder counts on, and the kind part of its outbox key.</summary>
    public static string Prompt(ProgressMonth month, string unitId) => $"unit-report-{month.Key}-{unitId}";

    /// <summary>One outcome per head, in order. Heads without a unit are not expected here; they are skipped as having no pledge.</summary>
    public async Task<IReadOnlyList<PledgeReminderOutcome>> SendAsync(
        PledgeCampaign campaign, ProgressMonth month, IReadOnlyList<PersonReach> heads, string round,
        Func<Strings, IReadOnlyList<string>> notices, bool counted, CancellationToken cancellationToken)
    {
        var withUnit = heads.Where(reach => !string.IsNullOrEmpty(reach.Person.UnitId)).ToList();
        var queued = await sends.QueueAsync(campaign, month, [.. withUnit.Select(reach => new MonthSends.Send(reach, Prompt(month, reach.Person.UnitId!), async (s, ct) =>
            Activity.CardMessage(
                await cards.BuildAsync(campaign, reach.Person.UnitId!, month, s, notices(s), ct).ConfigureAwait(false),
                string.Format(CultureInfo.InvariantCulture, s.UnitReportSummary, month.Text, campaign.UnitName(reach.Person.UnitId, s)))))],
            round, counted, cancellationToken).ConfigureAwait(false);
        // Heads without a unit are not expected here; they come back as having nothing to report on, in their place.
        var next = 0;
        return [.. heads.Select(reach => string.IsNullOrEmpty(reach.Person.UnitId)
            ? new PledgeReminderOutcome(reach.Person, PledgeReminderResult.NoPledge)
            : queued[next++])];
    }
}
