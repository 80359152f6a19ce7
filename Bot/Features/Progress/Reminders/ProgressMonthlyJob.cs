using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Pledges.Reminders;
using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Reminders;
using ThiDuaBot.Storage.Tenants;

namespace ThiDuaBot.Bot.Features.Progress.Reminders;

/// <summary>
/// The monthly sends of one tenant's active campaign (see <see cref="ProgressSlots"/> for when). For a month with a day
/// in a phase not closed, of a campaign not closed: the prompt sends every reachable person with an individual pledge
/// who has not reported and whose unit has not closed the month their form, and every unit head whose unit has not
/// submitted the month's report the unit's roll-up; a staff reminder sends the form again to whoever still owes a
/// report, a head reminder the roll-up to heads whose unit still has none, both counted against <c>maxPerPrompt</c>.
/// A finished slot is marked, so later ticks skip it; a slot cut short runs again whole, and its outbox keys and
/// counters keep each person to one send.
/// </summary>
public sealed class ProgressMonthlyJob(
    TenantSettingsStore settings,
    PledgeCampaigns campaigns,
    PledgeStore pledges,
    ReachabilityService reachability,
    ProgressReminderDispatch staff,
    UnitReportDispatch units,
    ReminderStore reminders,
    ILogger<ProgressMonthlyJob> logger)
{
    /// <summary>Runs the slots due at <paramref name="now"/> for the campaign, if it is the tenant's active one; empty when none is due.</summary>
    public async Task<IReadOnlyList<ProgressSlotRun>> RunAsync(
        string tenantId, string campaignId, DateTimeOffset now, TimeSpan lateWindow, ConnectorClient connector, CancellationToken cancellationToken)
    {
        var active = (await settings.GetAsync(tenantId, cancellationToken).ConfigureAwait(false)).ActiveCampaignId;
        if (active != campaignId
            || await campaigns.LoadAsync(tenantId, campaignId, cancellationToken).ConfigureAwait(false) is not { } campaign
            || PledgeRound.IsClosed(campaign))
        {
            return [];
        }
        var due = new List<ProgressSlot>();
        foreach (var slot in ProgressSlots.Due(campaign, now, lateWindow).Where(slot => ProgressSlots.HasOpenPhase(campaign, slot.Month)))
        {
            if (!await reminders.IsSlotDoneAsync(tenantId, campaignId, slot.Round, cancellationToken).ConfigureAwait(false))
            {
                due.Add(slot);
            }
        }
        if (due.Count == 0)
        {
            return [];
        }

        var individual = (await pledges.ListCampaignAsync(tenantId, campaignId, cancellationToken).ConfigureAwait(false))
            .Where(pledge => pledge.Kind == PledgeKind.Individual)
            .ToDictionary(pledge => pledge.Subject, StringComparer.Ordinal);
        var reach = await reachability.AssessAsync(connector, tenantId, campaignId, cancellationToken).ConfigureAwait(false);
        var runs = new List<ProgressSlotRun>();
        foreach (var slot in due)
        {
            runs.Add(await RunSlotAsync(campaign, slot, individual, reach, now, cancellationToken).ConfigureAwait(false));
        }
        return runs;
    }

    private async Task<ProgressSlotRun> RunSlotAsync(
        PledgeCampaign campaign, ProgressSlot slot, IReadOnlyDictionary<string, StoredPledge> individual, IReadOnlyList<PersonReach> reach,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var month = slot.Month;
        var reported = await staff.ReportedAsync(campaign, month, cancellationToken).ConfigureAwait(false);
        var open = await staff.OpenUnitsAsync(campaign, month, reach.Select(r => r.Person.UnitId), cancellationToken).ConfigureAwait(false);

        IReadOnlyList<PledgeReminderOutcome> staffOutcomes = [];
        if (slot.Kind != ProgressSlotKind.UnitReminder)
        {
            var owing = reach
                .Where(r => PledgeRights.CanPledge(r.Person, PledgeKind.Individual) && open.GetValueOrDefault(r.Person.UnitId ?? ""))
                .Select(r => (Reach: r, Pledge: individual.GetValueOrDefault(PledgeRights.SubjectOf(r.Person, PledgeKind.Individual))))
                .Where(t => t.Pledge is not null && !reported.Contains(t.Pledge.Subject))
                .Select(t => (t.Reach, t.Pledge!))
                .ToList();
            var prompt = slot.Kind == ProgressSlotKind.Prompt;
            staffOutcomes = await staff.QueueAsync(
                campaign, month, owing, slot.Round,
                prompt ? ProgressReminderNotices.StaffPrompt(campaign, month) : ProgressReminderNotices.StaffReminder(campaign, month),
                counted: !prompt, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<PledgeReminderOutcome> headOutcomes = [];
        if (slot.Kind != ProgressSlotKind.StaffReminder)
        {
            // A unit whose month is not open here has submitted its report (the month's phase is open, or no slot runs).
            var heads = reach
                .Where(r => PledgeRights.CanPledge(r.Person, PledgeKind.Collective) && open.GetValueOrDefault(r.Person.UnitId!))
                .ToList();
            var prompt = slot.Kind == ProgressSlotKind.Prompt;
            headOutcomes = await units.SendAsync(
                campaign, month, heads, slot.Round,
                prompt ? ProgressReminderNotices.UnitPrompt(campaign, month) : ProgressReminderNotices.UnitReminder(campaign, month, slot.DaysAfter),
                counted: !prompt, cancellationToken).ConfigureAwait(false);
        }

        var all = staffOutcomes.Concat(headOutcomes).ToList();
        var result = new ReminderSlotResult(
            all.Count(o => o.Result is PledgeReminderResult.Queued or PledgeReminderResult.AlreadyReminded),
            all.Count(o => o.Result == PledgeReminderResult.CapReached),
            all.Count(o => o.Result == PledgeReminderResult.Unreachable));
        await reminders.MarkSlotDoneAsync(campaign.TenantId, campaign.CampaignId, slot.Round, result, now, cancellationToken).ConfigureAwait(false);
        logger.LogInformation(
            "Monthly {Round} of campaign {CampaignId}: {Queued} sends queued, {CapReached} at the cap, {Unreachable} unreachable",
            slot.Round, campaign.CampaignId, result.Queued, result.CapReached, result.Unreachable);
        return new ProgressSlotRun(campaign.TenantId, campaign.CampaignId, slot, staffOutcomes, headOutcomes);
    }
}
