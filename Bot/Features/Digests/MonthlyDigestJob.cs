using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Pledges.Reminders;
using ThiDuaBot.Bot.Features.Progress;
using ThiDuaBot.Bot.Features.Progress.Reminders;
using ThiDuaBot.Bot.Outbox;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// Posts the official monthly digest to the council channel, once per month per campaign: for the current month and
/// the one before, a month with a day in a phase, of the tenant's active campaign (not closed), is due once its unit
/// report day has passed (from the monthly progress time, <c>reminders.monthlyProgress.time</c>, of the next local day, so
/// the council is not posted to at night), or at once when every unit with members has submitted its report. The
/// card (in the language of the message that chose the council channel, Vietnamese by default) goes through the outbox keyed
/// <c>campaign|digest-{yyyy-MM}|council|digest</c> in batch <c>{tenant}|{campaign}|digest-{yyyy-MM}</c>; then the
/// month's <c>digest</c> row is added, which also ends the amending of unit reports. A crash between the two posts
/// nothing twice: the next tick finds no row, enqueues again (the outbox keeps the first item of a key) and adds the
/// row. Two ticks or two instances: the same key, and the row's add settles who wrote it. Run by the reminder
/// scheduler under its lease, after the monthly sends.
/// </summary>
public sealed class MonthlyDigestJob(
    CouncilChannel council,
    ProgressStore reports,
    RosterStore roster,
    DigestService digests,
    OutboxService outbox,
    ILogger<MonthlyDigestJob> logger)
{
    public const string Kind = "digest";

    public static string Round(ProgressMonth month) => "digest-" + month.Key;

    public static string Batch(string tenantId, string campaignId, ProgressMonth month) => $"{tenantId}|{campaignId}|{Round(month)}";

    /// <summary>The months whose digest this run posted (queued and marked); empty when none was due.</summary>
    public async Task<IReadOnlyList<ProgressMonth>> RunAsync(string tenantId, string campaignId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await council.FindAsync(tenantId, campaignId, cancellationToken).ConfigureAwait(false) is not { } target
            || PledgeRound.IsClosed(target.Campaign))
        {
            return [];
        }
        var (campaign, s) = (target.Campaign, target.Strings);
        var current = ProgressMonth.Current(campaign, now);
        var posted = new List<ProgressMonth>();
        foreach (var month in new[] { new ProgressMonth(current.First.AddMonths(-1)), current })
        {
            if (month.Phases(campaign.Definition).Count == 0
                || await reports.IsDigestPostedAsync(tenantId, campaignId, month.Key, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }
            var dayPassed = campaign.Local(now).DateTime >= ProgressSlots.UnitDueDate(campaign, month).AddDays(1).ToDateTime(campaign.Definition.Reminders.MonthlyProgress.Time);
            if (!dayPassed && !await EveryUnitSubmittedAsync(campaign, month, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }
            var digest = await digests.BuildAsync(campaign, month, s, cancellationToken).ConfigureAwait(false);
            var card = await digests.CardAsync(campaign, digest, s, official: true, cancellationToken).ConfigureAwait(false);
            var summary = string.Format(System.Globalization.CultureInfo.InvariantCulture, s.DigestSummary, month.Text);
            await outbox.EnqueueAsync(Batch(tenantId, campaignId, month),
                [new OutboxItem(OutboxKey.For(campaignId, Round(month), CouncilChannel.Recipient, Kind), tenantId, target.Channel, Activity.CardMessage(card, summary))],
                cancellationToken).ConfigureAwait(false);
            var added = await reports.TryMarkDigestPostedAsync(tenantId, campaignId, month.Key, now, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Council digest {Month} of campaign {CampaignId} queued ({Reason}); marker {Marker}",
                month.Key, campaignId, dayPassed ? "unit report day passed" : "every unit submitted", added ? "written" : "already there");
            posted.Add(month);
        }
        return posted;
    }

    /// <summary>
    /// Every unit with members (active people who pledge individually, as the digest counts them) has submitted its
    /// report for the month. Cheap first: the <c>unit|</c> range (a row per unit at most); the roster only once some
    /// unit has submitted. The month's reports and pledges are not read.
    /// </summary>
    private async Task<bool> EveryUnitSubmittedAsync(PledgeCampaign campaign, ProgressMonth month, CancellationToken cancellationToken)
    {
        var submitted = (await reports.ListUnitReportsAsync(campaign.TenantId, campaign.CampaignId, month.Key, cancellationToken).ConfigureAwait(false))
            .Select(r => r.UnitId).ToHashSet(StringComparer.Ordinal);
        if (submitted.Count == 0)
        {
            return false;
        }
        var people = await roster.ListPeopleAsync(campaign.TenantId, campaign.CampaignId, cancellationToken).ConfigureAwait(false);
        var withMembers = people.Where(p => p.UnitId is not null && PledgeRights.CanPledge(p, PledgeKind.Individual)).Select(p => p.UnitId!).ToHashSet(StringComparer.Ordinal);
        var units = campaign.Units.Select(u => u.UnitId).Where(withMembers.Contains).ToList();
        return units.Count > 0 && units.All(submitted.Contains);
    }
}
