using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Progress;

/// <summary>
/// Monthly progress reports (see <see cref="ProgressKeys"/> for the rows and why a month is one partition). A save is
/// one entity-group transaction: the current row (checked with its ETag), the new version row and the unit index
/// row; of two concurrent saves one wins and the other re-reads and decides again. Nothing here scans a table.
/// </summary>
public sealed class ProgressStore
{
    private const int MaxAttempts = 5;
    private readonly TableClient _table;

    public ProgressStore(Tables tables)
    {
        _table = tables.Get(TableNames.Progress);
    }

    public async Task<StoredProgress?> GetAsync(string tenantId, string campaignId, string month, string subject, CancellationToken cancellationToken)
    {
        var entity = await FindAsync(tenantId, campaignId, month, subject, cancellationToken).ConfigureAwait(false);
        return entity?.ToRecord(tenantId, campaignId, month);
    }

    /// <summary>Every person's current report of the month: one range query in the month's partition.</summary>
    public async Task<IReadOnlyList<StoredProgress>> ListMonthAsync(string tenantId, string campaignId, string month, CancellationToken cancellationToken)
    {
        var reports = new List<StoredProgress>();
        await foreach (var entity in QueryAsync<ProgressEntity>(tenantId, campaignId, month, ProgressKeys.CurrentPrefix, cancellationToken).ConfigureAwait(false))
        {
            reports.Add(entity.ToRecord(tenantId, campaignId, month));
        }
        return reports;
    }

    /// <summary>The reports of one unit's people for the month, as of their last save: one range query.</summary>
    public async Task<IReadOnlyList<ProgressUnitEntry>> ListUnitAsync(string tenantId, string campaignId, string month, string unitId, CancellationToken cancellationToken)
    {
        var entries = new List<ProgressUnitEntry>();
        await foreach (var entity in QueryAsync<ProgressUnitEntity>(tenantId, campaignId, month, ProgressKeys.UnitPrefix(unitId), cancellationToken).ConfigureAwait(false))
        {
            entries.Add(entity.ToRecord());
        }
        return entries;
    }

    /// <summary>Every version of one person's report for the month, oldest first.</summary>
    public async Task<IReadOnlyList<ProgressVersion>> ListVersionsAsync(string tenantId, string campaignId, string month, string subject, CancellationToken cancellationToken)
    {
        var versions = new List<ProgressVersion>();
        await foreach (var entity in QueryAsync<ProgressVersionEntity>(tenantId, campaignId, month, ProgressKeys.VersionPrefix(subject), cancellationToken).ConfigureAwait(false))
        {
            versions.Add(entity.ToRecord());
        }
        return versions;
    }

    /// <summary>The unit's monthly report, or null while the unit has not submitted it.</summary>
    public async Task<UnitMonthReport?> GetUnitReportAsync(string tenantId, string campaignId, string month, string unitId, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<UnitMonthReportEntity>(
            ProgressKeys.Partition(tenantId, campaignId, month), ProgressKeys.UnitReportRow(unitId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value!.ToRecord(month) : null;
    }

    /// <summary>The month is closed for a unit's people once the unit's monthly report exists (point read).</summary>
    public async Task<bool> IsUnitMonthClosedAsync(string tenantId, string campaignId, string month, string unitId, CancellationToken cancellationToken) =>
        await GetUnitReportAsync(tenantId, campaignId, month, unitId, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>
    /// Writes the unit's monthly report (<c>unit|{unit}</c>) with who and when, which closes the month for the unit's
    /// people. The first submission stands: the report as stored is returned either way.
    /// </summary>
    public async Task<UnitMonthReport> SubmitUnitReportAsync(
        string tenantId, string campaignId, string month, string unitId, ProgressAuthor by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var entity = new UnitMonthReportEntity
        {
            PartitionKey = ProgressKeys.Partition(tenantId, campaignId, month),
            RowKey = ProgressKeys.UnitReportRow(unitId),
            UnitId = unitId,
            SubmittedAt = at,
            SubmittedByAadObjectId = by.AadObjectId,
            SubmittedBySignInName = by.SignInName,
            SubmittedByName = by.Name,
        };
        try
        {
            await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return entity.ToRecord(month);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return (await GetUnitReportAsync(tenantId, campaignId, month, unitId, cancellationToken).ConfigureAwait(false))!;
        }
    }

    /// <summary>
    /// Stores <paramref name="save"/> as the report's next version, unless the unit's month is closed, its card was
    /// stored already (same nonce) or it says exactly what the current version says: then nothing is written.
    /// </summary>
    public async Task<ProgressSaveResult> SaveAsync(ProgressSave save, CancellationToken cancellationToken)
    {
        var partition = ProgressKeys.Partition(save.TenantId, save.CampaignId, save.Month);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var existing = await FindAsync(save.TenantId, save.CampaignId, save.Month, save.Subject, cancellationToken).ConfigureAwait(false);
            var current = existing?.ToRecord(save.TenantId, save.CampaignId, save.Month);
            if (current is not null && current.RecentNonces.Contains(save.Nonce, StringComparer.Ordinal))
            {
                return new ProgressSaveResult(ProgressSaveOutcome.AlreadySaved, current);
            }
            if (save.UnitId is { } unitId
                && await IsUnitMonthClosedAsync(save.TenantId, save.CampaignId, save.Month, unitId, cancellationToken).ConfigureAwait(false))
            {
                return new ProgressSaveResult(ProgressSaveOutcome.MonthClosed, current);
            }
            if (current is not null && current.Content == save.Content)
            {
                return new ProgressSaveResult(ProgressSaveOutcome.Unchanged, current);
            }

            var next = new StoredProgress
            {
                TenantId = save.TenantId,
                CampaignId = save.CampaignId,
                Month = save.Month,
                Subject = ProgressKeys.NormalizeSubject(save.Subject),
                UnitId = save.UnitId,
                Version = (current?.Version ?? 0) + 1,
                Content = save.Content,
                PledgeVersion = save.PledgeVersion,
                FirstSavedAt = current?.FirstSavedAt ?? save.At,
                SavedAt = save.At,
                SavedBy = save.By,
                RecentNonces = [.. (current?.RecentNonces ?? []).TakeLast(ProgressEntity.MaxRecentNonces - 1), save.Nonce],
            };
            var actions = new List<TableTransactionAction>
            {
                existing is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, ProgressEntity.From(next))
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, ProgressEntity.From(next), existing.ETag),
                new(TableTransactionActionType.Add, ProgressVersionEntity.From(next, save.Nonce)),
            };
            if (current?.UnitId is { } oldUnit && oldUnit != next.UnitId)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete,
                    new TableEntity(partition, ProgressKeys.UnitRow(oldUnit, next.Subject)), ETag.All));
            }
            if (next.UnitId is { } unit)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, ProgressUnitEntity.From(next, unit)));
            }

            try
            {
                await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return new ProgressSaveResult(ProgressSaveOutcome.Saved, next);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Someone saved this report meanwhile (the other click of a double click): decide again.
            }
        }
        return new ProgressSaveResult(ProgressSaveOutcome.Conflict, null);
    }

    private async Task<ProgressEntity?> FindAsync(string tenantId, string campaignId, string month, string subject, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<ProgressEntity>(
            ProgressKeys.Partition(tenantId, campaignId, month), ProgressKeys.CurrentRow(subject), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    private IAsyncEnumerable<T> QueryAsync<T>(string tenantId, string campaignId, string month, string prefix, CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {ProgressKeys.Partition(tenantId, campaignId, month)} and RowKey ge {prefix} and RowKey lt {ProgressKeys.PrefixEnd(prefix)}");
        return _table.QueryAsync<T>(filter, cancellationToken: cancellationToken);
    }
}
