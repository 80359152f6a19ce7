using System.Collections.Concurrent;
using System.Globalization;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Pledges.Reminders;
using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Bot.Outbox;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Reminders;

namespace ThiDuaBot.Bot.Features.Progress.Reminders;

/// <summary>
/// Sends unit heads their unit's month roll-up (from <see cref="IUnitMonthCardSource"/>) with notices on top, queued in
/// the month's outbox batch keyed <c>campaign|round|head|unit-report-{yyyy-MM}-{unit}</c>. A reminder is counted per
/// head on <see cref="Prompt"/> against <c>maxPerPrompt</c>; the roll-up sent with the monthly prompt is not.
/// Which heads still owe a report is the caller's business.
/// </summary>
public sealed class UnitReportDispatch(IUnitMonthCardSource cards, ReminderStore reminders, OutboxService outbox, TimeProvider time)
{
    private const int Parallelism = 8;

    /// <summary>The counter a unit report reminder counts on, and the kind part of its outbox key.</summary>
    public static string Prompt(ProgressMonth month, string unitId) => $"unit-report-{month.Key}-{unitId}";

    /// <summary>One outcome per head, in order. Heads without a unit are not expected here; they are skipped as having no pledge.</summary>
    public async Task<IReadOnlyList<PledgeReminderOutcome>> SendAsync(
        PledgeCampaign campaign, ProgressMonth month, IReadOnlyList<PersonReach> heads, string round,
        Func<Strings, IReadOnlyList<string>> notices, bool counted, CancellationToken cancellationToken)
    {
        var outcomes = new PledgeReminderOutcome[heads.Count];
        var items = new ConcurrentBag<OutboxItem>();
        var max = campaign.Definition.Reminders.MaxPerPrompt;
        var now = time.GetUtcNow();
        await Parallel.ForEachAsync(
            heads.Select((reach, index) => (reach, index)),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (entry, ct) =>
            {
                var (reach, index) = entry;
                var head = reach.Person;
                if (string.IsNullOrEmpty(head.UnitId))
                {
                    outcomes[index] = new PledgeReminderOutcome(head, PledgeReminderResult.NoPledge);
                    return;
                }
                if (reach.Recipient() is not { } recipient)
                {
                    outcomes[index] = new PledgeReminderOutcome(head, PledgeReminderResult.Unreachable);
                    return;
                }
                var prompt = Prompt(month, head.UnitId);
                var result = PledgeReminderResult.Queued;
                if (counted)
                {
                    var count = await reminders.TryCountAsync(campaign.TenantId, campaign.CampaignId, prompt, head.SignInName, round, max, now, ct).ConfigureAwait(false);
                    if (count == ReminderCountOutcome.CapReached)
                    {
                        outcomes[index] = new PledgeReminderOutcome(head, PledgeReminderResult.CapReached);
                        return;
                    }
                    result = count == ReminderCountOutcome.Counted ? PledgeReminderResult.Queued : PledgeReminderResult.AlreadyReminded;
                }
                var s = Strings.For(LanguageExtensions.FromLocale(reach.Locale));
                var card = await cards.BuildAsync(campaign, head.UnitId, month, s, notices(s), ct).ConfigureAwait(false);
                items.Add(new OutboxItem(
                    OutboxKey.For(campaign.CampaignId, round, head.SignInName, prompt),
                    campaign.TenantId,
                    recipient,
                    new Activity
                    {
                        Type = ActivityTypes.Message,
                        Summary = string.Format(CultureInfo.InvariantCulture, s.UnitReportSummary, month.Text, campaign.UnitName(head.UnitId, s)),
                        Attachments = [new Attachment { ContentType = AdaptiveCard.ContentType, Content = card }],
                    }));
                outcomes[index] = new PledgeReminderOutcome(head, result);
            }).ConfigureAwait(false);

        if (!items.IsEmpty)
        {
            await outbox.EnqueueAsync(ProgressReminderDispatch.Batch(campaign.TenantId, campaign.CampaignId, month), items.ToList(), cancellationToken).ConfigureAwait(false);
        }
        return outcomes;
    }
}
