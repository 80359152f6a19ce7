using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Progress;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// Reads what a month's council digest needs, with partition and range queries only: the roster (one partition), the
/// campaign's pledges as the unit index holds them (one range query, no texts), and in the month's partition one range query each over <c>u|</c>,
/// <c>unit|</c> and <c>d|</c>, plus <c>u|</c> of the month before when it has a day in a phase. Seven queries
/// whatever the size of the department; nothing is read per person.
/// </summary>
public sealed class DigestLoader(RosterStore roster, PledgeStore pledges, ProgressStore reports)
{
    public async Task<DigestInput> LoadAsync(PledgeCampaign campaign, ProgressMonth month, CancellationToken cancellationToken)
    {
        var (tenant, id) = (campaign.TenantId, campaign.CampaignId);
        var previous = new ProgressMonth(month.First.AddMonths(-1));
        var people = roster.ListPeopleAsync(tenant, id, cancellationToken);
        var campaignPledges = pledges.ListAllUnitEntriesAsync(tenant, id, cancellationToken);
        var entries = reports.ListAllUnitsAsync(tenant, id, month.Key, cancellationToken);
        var unitReports = reports.ListUnitReportsAsync(tenant, id, month.Key, cancellationToken);
        var decisions = reports.ListAllDeedDecisionsAsync(tenant, id, month.Key, cancellationToken);
        var before = previous.Phases(campaign.Definition).Count > 0
            ? reports.ListAllUnitsAsync(tenant, id, previous.Key, cancellationToken)
            : Task.FromResult<IReadOnlyList<ProgressUnitEntry>>(null!);
        await Task.WhenAll(people, campaignPledges, entries, unitReports, decisions, before).ConfigureAwait(false);
        return new DigestInput
        {
            People = await people.ConfigureAwait(false),
            Pledges = await campaignPledges.ConfigureAwait(false),
            Entries = await entries.ConfigureAwait(false),
            UnitReports = await unitReports.ConfigureAwait(false),
            Decisions = await decisions.ConfigureAwait(false),
            PreviousEntries = await before.ConfigureAwait(false),
        };
    }

    /// <summary>
    /// Several months for a review: the roster and the pledges once, then month by month the three ranges of its
    /// partition (<c>u|</c>, <c>unit|</c>, <c>d|</c>); each month's input shares the roster and pledge lists.
    /// 2 + 3 × months queries.
    /// </summary>
    public async Task<IReadOnlyList<(ProgressMonth Month, DigestInput Input)>> LoadMonthsAsync(PledgeCampaign campaign, IReadOnlyList<ProgressMonth> months, CancellationToken cancellationToken)
    {
        var (tenant, id) = (campaign.TenantId, campaign.CampaignId);
        var people = roster.ListPeopleAsync(tenant, id, cancellationToken);
        var campaignPledges = pledges.ListAllUnitEntriesAsync(tenant, id, cancellationToken);
        await Task.WhenAll(people, campaignPledges).ConfigureAwait(false);
        var result = new List<(ProgressMonth, DigestInput)>();
        foreach (var month in months)
        {
            var entries = reports.ListAllUnitsAsync(tenant, id, month.Key, cancellationToken);
            var unitReports = reports.ListUnitReportsAsync(tenant, id, month.Key, cancellationToken);
            var decisions = reports.ListAllDeedDecisionsAsync(tenant, id, month.Key, cancellationToken);
            await Task.WhenAll(entries, unitReports, decisions).ConfigureAwait(false);
            result.Add((month, new DigestInput
            {
                People = await people.ConfigureAwait(false),
                Pledges = await campaignPledges.ConfigureAwait(false),
                Entries = await entries.ConfigureAwait(false),
                UnitReports = await unitReports.ConfigureAwait(false),
                Decisions = await decisions.ConfigureAwait(false),
            }));
        }
        return result;
    }
}
