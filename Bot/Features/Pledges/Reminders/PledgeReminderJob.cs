using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Launches;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Reminders;
using ThiDuaBot.Storage.Tenants;

namespace ThiDuaBot.Bot.Features.Pledges.Reminders;

/// <summary>
/// The automatic pledge reminders of one launched campaign: when a slot of its policy is due (see
/// <see cref="PledgeReminderSlots.Due"/>) and the round is open, every reachable person who has not pledged gets their
/// form with a reminder on top, and every unit head whose unit has no collective pledge the unit's. A finished slot
/// is marked, so later ticks skip it; a slot cut short is run again whole, and its outbox keys and counters keep
/// each person to one reminder.
/// </summary>
public sealed class PledgeReminderJob(
    TenantSettingsStore settings,
    PledgeCampaigns campaigns,
    PledgeStore pledges,
    ReachabilityService reachability,
    PledgeReminderDispatch dispatch,
    ReminderStore reminders,
    ILogger<PledgeReminderJob> logger)
{
    /// <summary>Runs the slot due at <paramref name="now"/> for <paramref name="launch"/>'s campaign; null when none is due.</summary>
    public async Task<PledgeReminderRun?> RunAsync(PledgeLaunch launch, DateTimeOffset now, TimeSpan lateWindow, ConnectorClient connector, CancellationToken cancellationToken)
    {
        var active = (await settings.GetAsync(launch.TenantId, cancellationToken).ConfigureAwait(false)).ActiveCampaignId;
        if (active != launch.CampaignId
            || await campaigns.LoadAsync(launch.TenantId, launch.CampaignId, cancellationToken).ConfigureAwait(false) is not { } campaign
            || PledgeRound.StateOf(campaign, launch, now) != PledgeRoundState.Open
            || PledgeReminderSlots.Due(campaign, now, launch.LaunchedAt, lateWindow) is not { } slot
            || await reminders.IsSlotDoneAsync(campaign.TenantId, campaign.CampaignId, slot.Round, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var pledged = (await pledges.ListCampaignAsync(campaign.TenantId, campaign.CampaignId, cancellationToken).ConfigureAwait(false))
            .Select(p => (p.Kind, p.Subject))
            .ToHashSet();
        var reach = await reachability.AssessAsync(connector, campaign.TenantId, campaign.CampaignId, cancellationToken).ConfigureAwait(false);
        var targets = reach
            .Select(r => new PledgeReminderTarget(r, new[] { PledgeKind.Individual, PledgeKind.Collective }
                .Where(kind => PledgeRights.CanPledge(r.Person, kind) && !pledged.Contains((kind, PledgeRights.SubjectOf(r.Person, kind))))
                .ToList()))
            .Where(target => target.Kinds.Count > 0)
            .ToList();

        var outcomes = await dispatch.SendAsync(campaign, targets, slot.Round, PledgeReminderNotices.Automatic(campaign, slot.DaysLeft), cancellationToken).ConfigureAwait(false);
        var result = new ReminderSlotResult(
            outcomes.Count(o => o.Result is PledgeReminderResult.Queued or PledgeReminderResult.AlreadyReminded),
            outcomes.Count(o => o.Result == PledgeReminderResult.CapReached),
            outcomes.Count(o => o.Result == PledgeReminderResult.Unreachable));
        await reminders.MarkSlotDoneAsync(campaign.TenantId, campaign.CampaignId, slot.Round, result, now, cancellationToken).ConfigureAwait(false);
        logger.LogInformation(
            "Pledge reminder {Round} of campaign {CampaignId}: {Queued} people reminded, {CapReached} at the cap, {Unreachable} unreachable",
            slot.Round, campaign.CampaignId, result.Queued, result.CapReached, result.Unreachable);
        return new PledgeReminderRun(campaign.TenantId, campaign.CampaignId, slot, outcomes);
    }
}
