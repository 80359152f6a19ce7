using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>
/// Imports rows (from a CSV file or Microsoft Graph) into a campaign's roster: reads what is stored, plans with
/// <see cref="RosterImportPlanner"/>, writes only what differs. Running it again with the same rows writes nothing.
/// </summary>
public sealed class RosterImporter(RosterStore store, ILogger<RosterImporter> logger)
{
    public async Task<RosterImportReport> ImportAsync(
        string tenantId,
        string campaignId,
        IReadOnlyList<RosterRow> rows,
        IReadOnlyList<string> configuredSecretaries,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var people = await store.ListPeopleAsync(tenantId, campaignId, cancellationToken).ConfigureAwait(false);
        var units = await store.ListUnitsAsync(tenantId, campaignId, cancellationToken).ConfigureAwait(false);
        var plan = RosterImportPlanner.Plan(people, units, rows, configuredSecretaries, now);
        if (plan.Changes.People.Count > 0 || plan.Changes.Units.Count > 0)
        {
            await store.ApplyAsync(tenantId, campaignId, plan.Changes, cancellationToken).ConfigureAwait(false);
        }
        var report = plan.Report;
        logger.LogInformation(
            "Roster import for campaign {CampaignId}: {Added} added, {Changed} changed, {Removed} left, {Unchanged} unchanged, {Rejected} rejected, {UnitsAdded} units added, {UnitsDeactivated} units deactivated",
            campaignId, report.Added.Count, report.Changed.Count, report.Removed.Count, report.Unchanged, report.Rejected.Count,
            report.UnitsAdded.Count, report.UnitsDeactivated.Count);
        return report;
    }
}
