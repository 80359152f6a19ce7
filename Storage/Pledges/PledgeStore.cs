using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Pledges;

/// <summary>
/// Pledges of a campaign (see <see cref="PledgeKeys"/> for the rows and why they share one partition). A save is
/// one entity-group transaction: the current row (checked with its ETag), the new version row and the unit index
/// row; of two concurrent saves one wins and the other re-reads and decides again.
/// </summary>
public sealed class PledgeStore
{
    private const int MaxAttempts = 5;
    private readonly TableClient _table;

    public PledgeStore(Tables tables)
    {
        _table = tables.Get(TableNames.Pledges);
    }

    public async Task<StoredPledge?> GetAsync(string tenantId, string campaignId, PledgeKind kind, string subject, CancellationToken cancellationToken)
    {
        var entity = await FindAsync(tenantId, campaignId, kind, subject, cancellationToken).ConfigureAwait(false);
        return entity?.ToRecord(tenantId, campaignId);
    }

    /// <summary>Every pledge of the campaign, current versions only: one range query in the campaign's partition.</summary>
    public async Task<IReadOnlyList<StoredPledge>> ListCampaignAsync(string tenantId, string campaignId, CancellationToken cancellationToken)
    {
        var filter = RangeFilter(tenantId, campaignId, PledgeKeys.CurrentPrefix);
        var pledges = new List<StoredPledge>();
        await foreach (var entity in _table.QueryAsync<PledgeEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            pledges.Add(entity.ToRecord(tenantId, campaignId));
        }
        return pledges;
    }

    /// <summary>The pledges counted for one unit (its people's and its own), as of their last save: one range query.</summary>
    public async Task<IReadOnlyList<PledgeUnitEntry>> ListUnitAsync(string tenantId, string campaignId, string unitId, CancellationToken cancellationToken)
    {
        var filter = RangeFilter(tenantId, campaignId, PledgeKeys.UnitPrefix(unitId));
        var entries = new List<PledgeUnitEntry>();
        await foreach (var entity in _table.QueryAsync<PledgeUnitEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(entity.ToRecord());
        }
        return entries;
    }

    /// <summary>
    /// The campaign's pledges as the unit index holds them (whose, which title, which unit, which version), every unit at
    /// once: one range query that leaves the texts behind. Pledges of people without a unit are not in it.
    /// </summary>
    public async Task<IReadOnlyList<PledgeUnitEntry>> ListAllUnitEntriesAsync(string tenantId, string campaignId, CancellationToken cancellationToken)
    {
        var entries = new List<PledgeUnitEntry>();
        await foreach (var entity in _table.QueryAsync<PledgeUnitEntity>(RangeFilter(tenantId, campaignId, PledgeKeys.AllUnitsPrefix), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(entity.ToRecord());
        }
        return entries;
    }

    /// <summary>Every version of one pledge, oldest first, each with what changed from the one before.</summary>
    public async Task<IReadOnlyList<PledgeVersion>> ListVersionsAsync(string tenantId, string campaignId, PledgeKind kind, string subject, CancellationToken cancellationToken)
    {
        var filter = RangeFilter(tenantId, campaignId, PledgeKeys.VersionPrefix(kind, subject));
        var versions = new List<PledgeVersion>();
        await foreach (var entity in _table.QueryAsync<PledgeVersionEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            versions.Add(entity.ToRecord(versions.Count == 0 ? null : versions[^1].Content));
        }
        return versions;
    }

    /// <summary>One version of a pledge (a point read), without its changes; null when there is no such version.</summary>
    public async Task<PledgeVersion?> GetVersionAsync(string tenantId, string campaignId, PledgeKind kind, string subject, int version, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<PledgeVersionEntity>(
            PledgeKeys.Partition(tenantId, campaignId), PledgeKeys.VersionRow(kind, subject, version), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value!.ToRecord(previous: null) : null;
    }

    /// <summary>
    /// Stores <paramref name="save"/> as the pledge's next version, unless its card was stored already (same nonce)
    /// or it says exactly what the current version says: then nothing is written.
    /// </summary>
    public async Task<PledgeSaveResult> SaveAsync(PledgeSave save, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var existing = await FindAsync(save.TenantId, save.CampaignId, save.Kind, save.Subject, cancellationToken).ConfigureAwait(false);
            var current = existing?.ToRecord(save.TenantId, save.CampaignId);
            if (current is not null && current.RecentNonces.Contains(save.Nonce, StringComparer.Ordinal))
            {
                return new PledgeSaveResult(PledgeSaveOutcome.AlreadySaved, current);
            }
            if (current is not null && current.Content == save.Content)
            {
                return new PledgeSaveResult(PledgeSaveOutcome.Unchanged, current);
            }

            var next = new StoredPledge
            {
                TenantId = save.TenantId,
                CampaignId = save.CampaignId,
                Kind = save.Kind,
                Subject = PledgeKeys.NormalizeSubject(save.Kind, save.Subject),
                UnitId = save.UnitId,
                Version = (current?.Version ?? 0) + 1,
                Content = save.Content,
                CampaignVersion = save.CampaignVersion,
                FirstSavedAt = current?.FirstSavedAt ?? save.At,
                SavedAt = save.At,
                SavedBy = save.By,
                RecentNonces = [.. (current?.RecentNonces ?? []).TakeLast(PledgeEntity.MaxRecentNonces - 1), save.Nonce],
            };
            var actions = VersionedRows.Save(
                PledgeEntity.From(next),
                existing?.ETag,
                PledgeVersionEntity.From(next, save.Nonce),
                current?.UnitId is { } oldUnit && oldUnit != next.UnitId
                    ? new TableEntity(PledgeKeys.Partition(save.TenantId, save.CampaignId), PledgeKeys.UnitRow(oldUnit, next.Kind, next.Subject))
                    : null,
                next.UnitId is { } unit ? PledgeUnitEntity.From(next, unit) : null);

            try
            {
                await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return new PledgeSaveResult(PledgeSaveOutcome.Saved, next);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Someone saved this pledge meanwhile (the other click of a double click, or an edit elsewhere): decide again.
            }
        }
        return new PledgeSaveResult(PledgeSaveOutcome.Conflict, null);
    }

    private async Task<PledgeEntity?> FindAsync(string tenantId, string campaignId, PledgeKind kind, string subject, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<PledgeEntity>(
            PledgeKeys.Partition(tenantId, campaignId), PledgeKeys.CurrentRow(kind, subject), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    private static string RangeFilter(string tenantId, string campaignId, string prefix) => TableClient.CreateQueryFilter(
        $"PartitionKey eq {PledgeKeys.Partition(tenantId, campaignId)} and RowKey ge {prefix} and RowKey lt {PledgeKeys.PrefixEnd(prefix)}");
}
