using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Progress;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>
/// Reads what an export needs: the roster and the campaign's pledges (one partition query each), then per month the
/// people's reports, the unit reports and the deed decisions (one range query each; earlier versions of a unit report
/// only for reports that were amended).
/// </summary>
public sealed class ExportDataLoader(RosterStore roster, PledgeStore pledges, ProgressStore progress, TimeProvider time)
{
    private const int ReadParallelism = 4;

    public async Task<ExportData> LoadAsync(PledgeCampaign campaign, ExportMonths months, CancellationToken cancellationToken)
    {
        var (tenant, id) = (campaign.TenantId, campaign.CampaignId);
        var peopleTask = roster.ListPeopleAsync(tenant, id, cancellationToken);
        var pledgesTask = pledges.ListCampaignAsync(tenant, id, cancellationToken);
        var monthList = months.All().ToList();
        var reports = new ExportMonthData[monthList.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, monthList.Count), new ParallelOptions { MaxDegreeOfParallelism = ReadParallelism, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            reports[i] = await LoadMonthAsync(campaign, monthList[i], ct).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return new ExportData
        {
            Campaign = campaign,
            Months = months,
            ReadAt = time.GetUtcNow(),
            People = await peopleTask.ConfigureAwait(false),
            Pledges = await pledgesTask.ConfigureAwait(false),
            Reports = reports,
        };
    }

    private async Task<ExportMonthData> LoadMonthAsync(PledgeCampaign campaign, ProgressMonth month, CancellationToken cancellationToken)
    {
        var (tenant, id) = (campaign.TenantId, campaign.CampaignId);
        var people = progress.ListMonthAsync(tenant, id, month.Key, cancellationToken);
        var decisions = progress.ListAllDeedDecisionsAsync(tenant, id, month.Key, cancellationToken);
        var units = await progress.ListUnitReportsAsync(tenant, id, month.Key, cancellationToken).ConfigureAwait(false);
        var allVersions = new List<UnitMonthReport>();
        foreach (var report in units)
        {
            if (report.Version > 1)
            {
                allVersions.AddRange(await progress.ListUnitReportVersionsAsync(tenant, id, month.Key, report.UnitId, cancellationToken).ConfigureAwait(false));
            }
            else
            {
                allVersions.Add(report);
            }
        }
        return new ExportMonthData(month, await people.ConfigureAwait(false), allVersions, await decisions.ConfigureAwait(false));
    }
}
