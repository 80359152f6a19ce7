using System.Collections.Concurrent;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Pledges.Reminders;
using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Bot.Outbox;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Reminders;

namespace ThiDuaBot.Bot.Features.Progress.Reminders;

/// <summary>
/// The way every monthly send goes out, a person's form or a head's roll-up alike: unreachable people are skipped; a
/// reminder is counted on its prompt against the campaign's <c>maxPerPrompt</c> first (a round counts once, the
/// counter's ETag keeps racing instances under the cap); then the message, built in the person's language, is queued
/// in the month's outbox batch keyed <c>campaign|round|person|prompt</c>, so a round reaches each person once whatever
/// is retried. The monthly prompt itself is not a reminder and is not counted.
/// </summary>
public sealed class MonthSends(ReminderStore reminders, OutboxService outbox, TimeProvider time)
{
    private const int Parallelism = 8;

    /// <summary>One send: to whom, the counter and key it goes under, and how its message is built in their language.</summary>
    public sealed record Send(PersonReach Reach, string Prompt, Func<Strings, CancellationToken, Task<Activity>> Message);

    /// <summary>One outcome per send, in the order given.</summary>
    public async Task<IReadOnlyList<PledgeReminderOutcome>> QueueAsync(
        PledgeCampaign campaign, ProgressMonth month, IReadOnlyList<Send> sends, string round, bool counted, CancellationToken cancellationToken)
    {
        var outcomes = new PledgeReminderOutcome[sends.Count];
        var items = new ConcurrentBag<OutboxItem>();
        var max = campaign.Definition.Reminders.MaxPerPrompt;
        var now = time.GetUtcNow();
        await Parallel.ForEachAsync(
            sends.Select((send, index) => (send, index)),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (entry, ct) =>
            {
                var (send, index) = entry;
                var person = send.Reach.Person;
                if (send.Reach.Recipient() is not { } recipient)
                {
                    outcomes[index] = new PledgeReminderOutcome(person, PledgeReminderResult.Unreachable);
                    return;
                }
                var result = PledgeReminderResult.Queued;
                if (counted)
                {
                    var count = await reminders.TryCountAsync(campaign.TenantId, campaign.CampaignId, send.Prompt, person.SignInName, round, max, now, ct).ConfigureAwait(false);
                    if (count == ReminderCountOutcome.CapReached)
                    {
                        outcomes[index] = new PledgeReminderOutcome(person, PledgeReminderResult.CapReached);
                        return;
                    }
                    result = count == ReminderCountOutcome.Counted ? PledgeReminderResult.Queued : PledgeReminderResult.AlreadyReminded;
                }
                // Counted first, queued second: after a crash in between, the same round finds its count and queues again.
                var s = Strings.For(LanguageExtensions.FromLocale(send.Reach.Locale));
                items.Add(new OutboxItem(
                    OutboxKey.For(campaign.CampaignId, round, person.SignInName, send.Prompt),
                    campaign.TenantId,
                    recipient,
                    await send.Message(s, ct).ConfigureAwait(false)));
                outcomes[index] = new PledgeReminderOutcome(person, result);
            }).ConfigureAwait(false);

        if (!items.IsEmpty)
        {
            await outbox.EnqueueAsync(ProgressReminderDispatch.Batch(campaign.TenantId, campaign.CampaignId, month), items.ToList(), cancellationToken).ConfigureAwait(false);
        }
        return outcomes;
    }
}
