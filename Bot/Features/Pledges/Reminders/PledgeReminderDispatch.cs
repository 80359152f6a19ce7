using System.Collections.Concurrent;
using ThiDuaBot.Bot.Outbox;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Reminders;

namespace ThiDuaBot.Bot.Features.Pledges.Reminders;

/// <summary>
/// Sends pledge reminders, automatic or a unit head's nudge, the same way: each person's missing pledge form with a
/// notice on top, counted per person and pledge against the campaign's <c>maxPerPrompt</c> (with the counter's
/// ETag, so instances and presses racing each other never exceed it), and queued through the outbox in the round's
/// batch, keyed <c>campaign|round|person|kind</c>, so a round reaches each person once whatever is retried.
/// </summary>
public sealed class PledgeReminderDispatch(PledgeDelivery delivery, ReminderStore reminders, OutboxService outbox, TimeProvider time)
{
    private const int Parallelism = 8;

    /// <summary>The outbox batch of one round (a slot or a day's nudges) of one campaign.</summary>
    public static string Batch(string tenantId, string campaignId, string round) => $"{tenantId}|{campaignId}|pledge-{round}";

    /// <summary>The counter a reminder of <paramref name="kind"/> counts on: one per pledge the person owes.</summary>
    public static string Prompt(PledgeKind kind, string subject) => "pledge-" + PledgeDelivery.KindKey(kind, subject);

    public async Task<IReadOnlyList<PledgeReminderOutcome>> SendAsync(
        PledgeCampaign campaign, IReadOnlyList<PledgeReminderTarget> targets, string round,
        Func<Strings, PledgeKind, IReadOnlyList<string>> notices, CancellationToken cancellationToken)
    {
        var outcomes = new ConcurrentDictionary<int, PledgeReminderOutcome>();
        var items = new ConcurrentBag<OutboxItem>();
        var max = campaign.Definition.Reminders.MaxPerPrompt;
        var now = time.GetUtcNow();
        await Parallel.ForEachAsync(
            targets.Select((target, index) => (target, index)),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (entry, ct) =>
            {
                var (target, index) = entry;
                var person = target.Reach.Person;
                if (target.Reach.Recipient() is null)
                {
                    outcomes[index] = new PledgeReminderOutcome(person, PledgeReminderResult.Unreachable);
                    return;
                }
                var kinds = new List<PledgeKind>();
                var fresh = false;
                foreach (var kind in target.Kinds)
                {
                    var counted = await reminders.TryCountAsync(
                        campaign.TenantId, campaign.CampaignId, Prompt(kind, PledgeRights.SubjectOf(person, kind)), person.SignInName, round, max, now, ct).ConfigureAwait(false);
                    if (counted != ReminderCountOutcome.CapReached)
                    {
                        kinds.Add(kind);
                        fresh |= counted == ReminderCountOutcome.Counted;
                    }
                }
                if (kinds.Count == 0)
                {
                    outcomes[index] = new PledgeReminderOutcome(person, PledgeReminderResult.CapReached);
                    return;
                }
                // Counted first, queued second: after a crash in between, the same round finds its count and queues again.
                foreach (var item in await delivery.ItemsForAsync(campaign, target.Reach, round, ct, kinds, notices).ConfigureAwait(false))
                {
                    items.Add(item);
                }
                outcomes[index] = new PledgeReminderOutcome(person, fresh ? PledgeReminderResult.Queued : PledgeReminderResult.AlreadyReminded);
            }).ConfigureAwait(false);

        if (!items.IsEmpty)
        {
            await outbox.EnqueueAsync(Batch(campaign.TenantId, campaign.CampaignId, round), items.ToList(), cancellationToken).ConfigureAwait(false);
        }
        return outcomes.OrderBy(o => o.Key).Select(o => o.Value).ToList();
    }
}
