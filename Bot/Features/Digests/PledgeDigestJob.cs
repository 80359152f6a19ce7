using System.Globalization;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Pledges.Reminders;
using ThiDuaBot.Bot.Outbox;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Launches;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// Posts the pledge round digest to the council channel: every Monday of the open round (launched before the slot,
/// the Monday not after the pledge deadline) and once more the day after the deadline with the final figures, at the
/// plan's pledge reminder time (<c>reminders.pledge.time</c>) in the campaign's time zone; only for the tenant's active
/// campaign, not closed, with a council channel set. A tick late by hours still posts on the slot's local day, never
/// on a later one. Each slot posts once: the card (in the council channel's language, that of the message that chose it) goes through the outbox
/// keyed <c>campaign|{round}|council|pledge-digest</c> in batch <c>{tenant}|{campaign}|{round}</c>, and before building
/// anything a tick reads that batch's keys (one partition query; outbox rows are kept): when the key is there, the slot
/// is done. Two ticks or two instances at once may both build the card, but the outbox keeps the first item of a key,
/// so the council gets one post. Run by the reminder scheduler under its lease, after the monthly digest.
/// </summary>
public sealed class PledgeDigestJob(
    CouncilChannel council,
    PledgeDigestService digests,
    OutboxService outbox,
    ILogger<PledgeDigestJob> logger)
{
    public const string Kind = "pledge-digest";

    public static string Batch(string tenantId, string campaignId, PledgeDigestSlot slot) => $"{tenantId}|{campaignId}|{slot.Round}";

    public static string Key(string campaignId, PledgeDigestSlot slot) => OutboxKey.For(campaignId, slot.Round, CouncilChannel.Recipient, Kind);

    /// <summary>
    /// The slot of the local day of <paramref name="now"/>, if it has come and came after the launch: a Monday up to the
    /// deadline, or the day after the deadline (the closing digest). Null on any other day, before the time, or when
    /// the round was launched after it.
    /// </summary>
    public static PledgeDigestSlot? Due(PledgeCampaign campaign, DateTimeOffset now, DateTimeOffset launchedAt)
    {
        var today = DateOnly.FromDateTime(campaign.Local(now).DateTime);
        var final = today == campaign.Deadline.AddDays(1);
        if (!final && !(today.DayOfWeek == DayOfWeek.Monday && today <= campaign.Deadline))
        {
            return null;
        }
        var at = PledgeReminderSlots.ToInstant(today.ToDateTime(campaign.Definition.Reminders.Pledge.Time), campaign.Definition.TimeZone);
        return at <= now && launchedAt < at ? new PledgeDigestSlot(today, at, final) : null;
    }

    /// <summary>The slot this run posted (queued); null when none was due or it was posted already (by this instance or another).</summary>
    public async Task<PledgeDigestRun?> RunAsync(PledgeLaunch launch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (tenantId, campaignId) = (launch.TenantId, launch.CampaignId);
        if (await council.FindAsync(tenantId, campaignId, cancellationToken).ConfigureAwait(false) is not { } target
            || PledgeRound.IsClosed(target.Campaign)
            || Due(target.Campaign, now, launch.LaunchedAt) is not { } slot)
        {
            return null;
        }
        var batch = Batch(tenantId, campaignId, slot);
        var key = Key(campaignId, slot);
        if ((await outbox.ListKeysAsync(batch, cancellationToken).ConfigureAwait(false)).Contains(key))
        {
            return null;
        }
        var s = target.Strings;
        var digest = await digests.BuildAsync(target.Campaign, now, cancellationToken).ConfigureAwait(false);
        var card = await digests.CardAsync(digest, s, onDemand: false, cancellationToken).ConfigureAwait(false);
        var summary = string.Format(CultureInfo.InvariantCulture, s.PledgeDigestSummary, digest.AsOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        var result = await outbox.EnqueueAsync(batch,
            [new OutboxItem(key, tenantId, target.Channel, Activity.CardMessage(card, summary))],
            cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Pledge round digest {Round} of campaign {CampaignId}: {Added} queued, {Existing} already there",
            slot.Round, campaignId, result.Added, result.AlreadyThere);
        return result.Added > 0 ? new PledgeDigestRun(tenantId, campaignId, slot.Round) : null;
    }
}
