using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Outbox;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Campaigns;

namespace ThiDuaBot.Bot.Features.Digests.Reviews;

/// <summary>
/// Posts each phase's review to the council channel once, when the phase is over: from the monthly progress time
/// (<c>reminders.monthlyProgress.time</c>) of the day after its last day, or at once when the secretary closes it, and
/// for <see cref="PostWithinDays"/> days after its end (a council channel chosen later still gets it; a long-past
/// phase does not surface). The interim review (<i>sơ kết</i>) of a phase, the final review (<i>tổng kết</i>, the whole
/// year) after the last one; in the council channel's language (that of the message that chose it). For the tenant's active campaign, closed or
/// not (the final review follows the last phase's close). Once: outbox key <c>campaign|review-{phase}|council|review</c>
/// in batch <c>{tenant}|{campaign}|review-{phase}</c>; the key already in the batch means posted, so a tick costs one
/// small query per phase due and nothing is built twice. Run by the reminder scheduler under its lease.
/// </summary>
public sealed class ReviewDigestJob(CouncilChannel council, ReviewDigests reviews, OutboxService outbox, ILogger<ReviewDigestJob> logger)
{
    public const int PostWithinDays = 45;
    public const string Kind = "review";

    public static string Round(string phaseId) => "review-" + phaseId;

    public static string Batch(string tenantId, string campaignId, string phaseId) => $"{tenantId}|{campaignId}|{Round(phaseId)}";

    public static string Key(string campaignId, string phaseId) => OutboxKey.For(campaignId, Round(phaseId), CouncilChannel.Recipient, Kind);

    /// <summary>The phases whose review this run queued; empty when none was due.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(string tenantId, string campaignId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await council.FindAsync(tenantId, campaignId, cancellationToken).ConfigureAwait(false) is not { } target)
        {
            return [];
        }
        var (campaign, s) = (target.Campaign, target.Strings);
        var today = DateOnly.FromDateTime(campaign.Local(now).DateTime);
        var posted = new List<string>();
        foreach (var phase in campaign.Definition.Phases.OrderBy(p => p.End))
        {
            var period = ReviewPeriod.For(campaign.Definition, phase);
            var batch = Batch(tenantId, campaignId, phase.Id);
            var key = Key(campaignId, phase.Id);
            if (!IsDue(campaign, period, now)
                || period.CountedMonths(campaign, today).Count == 0
                || (await outbox.ListKeysAsync(batch, cancellationToken).ConfigureAwait(false)).Contains(key))
            {
                continue;
            }
            var digest = await reviews.BuildAsync(campaign, period, today, s, cancellationToken).ConfigureAwait(false);
            var (card, title) = await reviews.CardAsync(campaign, digest, s, official: true, cancellationToken).ConfigureAwait(false);
            await outbox.EnqueueAsync(batch,
                [new OutboxItem(key, tenantId, target.Channel, Activity.CardMessage(card, title))],
                cancellationToken).ConfigureAwait(false);
            logger.LogInformation("{Review} of phase {PhaseId}, campaign {CampaignId}, queued for the council channel", period.Final ? "Final review" : "Interim review", phase.Id, campaignId);
            posted.Add(phase.Id);
        }
        return posted;
    }

    /// <summary>
    /// The phase is over and its review may go: closed by the secretary, or past the monthly progress time of the day
    /// after its last day; not before the phase began, not more than <see cref="PostWithinDays"/> days after it ended.
    /// </summary>
    public static bool IsDue(PledgeCampaign campaign, ReviewPeriod period, DateTimeOffset now)
    {
        var local = campaign.Local(now).DateTime;
        var today = DateOnly.FromDateTime(local);
        if (today < period.Phase.Start || today > period.End.AddDays(PostWithinDays))
        {
            return false;
        }
        var closed = campaign.Stored.Phases.FirstOrDefault(p => p.PhaseId == period.Phase.Id)?.Status == PhaseStatus.Closed;
        return closed || local >= period.End.AddDays(1).ToDateTime(campaign.Definition.Reminders.MonthlyProgress.Time);
    }
}
