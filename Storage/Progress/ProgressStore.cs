using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Progress;

/// <summary>
/// Monthly progress reports (see <see cref="ProgressKeys"/> for the rows and why a month is one partition). A save is
/// one entity-group transaction: the current row (checked with its ETag), the new version row and the unit index
/// row; of two concurrent saves one wins and the other re-reads and decides again. The unit's monthly report and the
/// head's decisions on good deeds live in the same partition. Nothing here scans a table.
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

    /// <summary>The unit's monthly report as it stands (its current version), or null while the unit has not submitted it.</summary>
    public async Task<UnitMonthReport?> GetUnitReportAsync(string tenantId, string campaignId, string month, string unitId, CancellationToken cancellationToken)
    {
        var entity = await FindUnitReportAsync(ProgressKeys.Partition(tenantId, campaignId, month), unitId, cancellationToken).ConfigureAwait(false);
        return entity is null ? null : UnitReportColumns.ToRecord(entity, month);
    }

    /// <summary>Every unit's monthly report of the month (current versions): one range query over <c>unit|</c>.</summary>
    public async Task<IReadOnlyList<UnitMonthReport>> ListUnitReportsAsync(string tenantId, string campaignId, string month, CancellationToken cancellationToken)
    {
        var reports = new List<UnitMonthReport>();
        await foreach (var entity in QueryAsync<TableEntity>(tenantId, campaignId, month, ProgressKeys.AllUnitReportsPrefix, cancellationToken).ConfigureAwait(false))
        {
            reports.Add(UnitReportColumns.ToRecord(entity, month));
        }
        return reports;
    }

    /// <summary>Every version of the unit's monthly report, oldest first (<c>uv|{unit}|</c>).</summary>
    public async Task<IReadOnlyList<UnitMonthReport>> ListUnitReportVersionsAsync(string tenantId, string campaignId, string month, string unitId, CancellationToken cancellationToken)
    {
        var versions = new List<UnitMonthReport>();
        await foreach (var entity in QueryAsync<TableEntity>(tenantId, campaignId, month, ProgressKeys.UnitReportVersionPrefix(unitId), cancellationToken).ConfigureAwait(false))
        {
            versions.Add(UnitReportColumns.ToRecord(entity, month));
        }
        return versions;
    }

    /// <summary>Every unit's index rows of the month (<c>u|</c>): one range query, for building every unit's roll-up at once.</summary>
    public async Task<IReadOnlyList<ProgressUnitEntry>> ListAllUnitsAsync(string tenantId, string campaignId, string month, CancellationToken cancellationToken)
    {
        var entries = new List<ProgressUnitEntry>();
        await foreach (var entity in QueryAsync<ProgressUnitEntity>(tenantId, campaignId, month, ProgressKeys.AllUnitsPrefix, cancellationToken).ConfigureAwait(false))
        {
            entries.Add(entity.ToRecord());
        }
        return entries;
    }

    /// <summary>The month is closed for a unit's people once the unit's monthly report exists (point read).</summary>
    public async Task<bool> IsUnitMonthClosedAsync(string tenantId, string campaignId, string month, string unitId, CancellationToken cancellationToken) =>
        await FindUnitReportAsync(ProgressKeys.Partition(tenantId, campaignId, month), unitId, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Whether the council digest of the month has been posted: its marker row <c>digest</c> exists (point read).</summary>
    public async Task<bool> IsDigestPostedAsync(string tenantId, string campaignId, string month, CancellationToken cancellationToken) =>
        (await _table.GetEntityIfExistsAsync<TableEntity>(
            ProgressKeys.Partition(tenantId, campaignId, month), ProgressKeys.DigestRow, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false)).HasValue;

    /// <summary>
    /// Adds the month's <c>digest</c> row: the official monthly council digest has been posted (queued to the council
    /// channel) at <paramref name="at"/>. From then on unit reports of the month can no longer be amended. True when this
    /// call added it; false when it was there already (another tick or instance posted first).
    /// </summary>
    public async Task<bool> TryMarkDigestPostedAsync(string tenantId, string campaignId, string month, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(ProgressKeys.Partition(tenantId, campaignId, month), ProgressKeys.DigestRow) { ["PostedAt"] = at };
        try
        {
            await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Writes a minimal unit report (no comment, an empty snapshot) as <paramref name="by"/>, which closes the month
    /// for the unit's people. The first submission stands: the report as stored is returned either way.
    /// </summary>
    public async Task<UnitMonthReport> SubmitUnitReportAsync(
        string tenantId, string campaignId, string month, string unitId, ProgressAuthor by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var write = new UnitReportWrite { TenantId = tenantId, CampaignId = campaignId, Month = month, UnitId = unitId, Comment = "", Nonce = "", By = by, At = at };
        var result = await SubmitUnitReportAsync(write, _ => Task.FromResult(UnitReportSnapshot.Empty), cancellationToken).ConfigureAwait(false);
        return result.Report!;
    }

    /// <summary>
    /// Submits the unit's monthly report (version 1). The <c>unit|{unit}</c> row is written first, which closes the
    /// month for the unit's people; only then is <paramref name="takeSnapshot"/> asked to read the unit's month, so a
    /// person's save that read the month open a moment earlier is, as far as possible, in the snapshot. Then the row
    /// gets its snapshot (ETag-checked) together with the version row <c>uv|{unit}|000001</c>. The first submission
    /// stands: a second one (double click, another head) stores nothing and gets the stored report.
    /// </summary>
    public async Task<UnitReportResult> SubmitUnitReportAsync(
        UnitReportWrite write, Func<CancellationToken, Task<UnitReportSnapshot>> takeSnapshot, CancellationToken cancellationToken)
    {
        var partition = ProgressKeys.Partition(write.TenantId, write.CampaignId, write.Month);
        var row = ProgressKeys.UnitReportRow(write.UnitId);
        var report = new UnitMonthReport
        {
            UnitId = write.UnitId,
            Month = write.Month,
            Version = 1,
            Comment = write.Comment,
            SubmittedAt = write.At,
            SubmittedBy = write.By,
            SavedAt = write.At,
            SavedBy = write.By,
            Nonce = write.Nonce,
        };
        IReadOnlyList<string> nonces = write.Nonce.Length > 0 ? [write.Nonce] : [];
        ETag etag;
        try
        {
            var added = await _table.AddEntityAsync(UnitReportColumns.ToEntity(partition, row, report, nonces), cancellationToken).ConfigureAwait(false);
            etag = added.Headers.ETag ?? ETag.All;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return new UnitReportResult(UnitReportOutcome.AlreadySubmitted,
                await GetUnitReportAsync(write.TenantId, write.CampaignId, write.Month, write.UnitId, cancellationToken).ConfigureAwait(false));
        }

        report = report with { Snapshot = await takeSnapshot(cancellationToken).ConfigureAwait(false) };
        var version = UnitReportColumns.ToEntity(partition, ProgressKeys.UnitReportVersionRow(write.UnitId, 1), report, null);
        try
        {
            await _table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, UnitReportColumns.ToEntity(partition, row, report, nonces), etag),
                new TableTransactionAction(TableTransactionActionType.Add, version),
            ], cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Amended in the instant between the two writes: the current row is the amendment's; keep version 1's history.
            await _table.UpsertEntityAsync(version, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        return new UnitReportResult(UnitReportOutcome.Submitted, report);
    }

    /// <summary>
    /// Amends the unit's monthly report: the next version with the new comment, its reason and a fresh snapshot,
    /// written with the version row in one ETag-checked transaction. Nothing is stored when there is no report, the
    /// council digest of the month is posted, or this card's amendment was stored already.
    /// </summary>
    public async Task<UnitReportResult> AmendUnitReportAsync(
        UnitReportWrite write, Func<CancellationToken, Task<UnitReportSnapshot>> takeSnapshot, CancellationToken cancellationToken)
    {
        var partition = ProgressKeys.Partition(write.TenantId, write.CampaignId, write.Month);
        var row = ProgressKeys.UnitReportRow(write.UnitId);
        UnitReportSnapshot? snapshot = null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var entity = await FindUnitReportAsync(partition, write.UnitId, cancellationToken).ConfigureAwait(false);
            if (entity is null)
            {
                return new UnitReportResult(UnitReportOutcome.NotSubmitted, null);
            }
            var current = UnitReportColumns.ToRecord(entity, write.Month);
            var nonces = UnitReportColumns.RecentNonces(entity);
            if (nonces.Contains(write.Nonce, StringComparer.Ordinal))
            {
                return new UnitReportResult(UnitReportOutcome.AlreadySaved, current);
            }
            if (await IsDigestPostedAsync(write.TenantId, write.CampaignId, write.Month, cancellationToken).ConfigureAwait(false))
            {
                return new UnitReportResult(UnitReportOutcome.DigestPosted, current);
            }
            snapshot ??= await takeSnapshot(cancellationToken).ConfigureAwait(false);
            var next = current with
            {
                Version = current.Version + 1,
                Comment = write.Comment,
                Reason = write.Reason,
                Snapshot = snapshot,
                SavedAt = write.At,
                SavedBy = write.By,
                Nonce = write.Nonce,
            };
            IReadOnlyList<string> recent = [.. nonces.TakeLast(ProgressEntity.MaxRecentNonces - 1), write.Nonce];
            try
            {
                await _table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, UnitReportColumns.ToEntity(partition, row, next, recent), entity.ETag),
                    new TableTransactionAction(TableTransactionActionType.Add, UnitReportColumns.ToEntity(partition, ProgressKeys.UnitReportVersionRow(write.UnitId, next.Version), next, null)),
                ], cancellationToken).ConfigureAwait(false);
                return new UnitReportResult(UnitReportOutcome.Amended, next);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another amendment landed meanwhile: decide again on the report as it now stands.
            }
        }
        return new UnitReportResult(UnitReportOutcome.Conflict, null);
    }

    /// <summary>The head's decisions on the good deeds of one unit's people this month (<c>d|{unit}|</c>).</summary>
    public async Task<IReadOnlyList<StoredDeedDecision>> ListDeedDecisionsAsync(string tenantId, string campaignId, string month, string unitId, CancellationToken cancellationToken) =>
        await DecisionsAsync(tenantId, campaignId, month, ProgressKeys.DeedDecisionPrefix(unitId), cancellationToken).ConfigureAwait(false);

    /// <summary>Every unit's decisions on good deeds this month (<c>d|</c>): what the council digest reads for confirmed deeds.</summary>
    public async Task<IReadOnlyList<StoredDeedDecision>> ListAllDeedDecisionsAsync(string tenantId, string campaignId, string month, CancellationToken cancellationToken) =>
        await DecisionsAsync(tenantId, campaignId, month, ProgressKeys.AllDeedDecisionsPrefix, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Stores the head's decision on a person's good deed, ETag-checked, unless the unit's report for the month exists
    /// (decisions are part of it) or the same decision on the same deed is stored already.
    /// </summary>
    public async Task<DeedDecisionOutcome> DecideGoodDeedAsync(
        string tenantId, string campaignId, string month, StoredDeedDecision decision, CancellationToken cancellationToken)
    {
        var partition = ProgressKeys.Partition(tenantId, campaignId, month);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (await IsUnitMonthClosedAsync(tenantId, campaignId, month, decision.UnitId, cancellationToken).ConfigureAwait(false))
            {
                return DeedDecisionOutcome.MonthClosed;
            }
            var response = await _table.GetEntityIfExistsAsync<DeedDecisionEntity>(
                partition, ProgressKeys.DeedDecisionRow(decision.UnitId, decision.Subject), cancellationToken: cancellationToken).ConfigureAwait(false);
            var existing = response.HasValue ? response.Value : null;
            if (existing?.ToRecord() is { } stored && stored.Decision == decision.Decision && stored.Deed == decision.Deed)
            {
                return DeedDecisionOutcome.Unchanged;
            }
            var entity = DeedDecisionEntity.From(partition, decision);
            try
            {
                if (existing is null)
                {
                    await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await _table.UpdateEntityAsync(entity, existing.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
                return DeedDecisionOutcome.Saved;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Decided at the same moment from another card: decide again.
            }
        }
        return DeedDecisionOutcome.Conflict;
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
            var actions = VersionedRows.Save(
                ProgressEntity.From(next),
                existing?.ETag,
                ProgressVersionEntity.From(next, save.Nonce),
                current?.UnitId is { } oldUnit && oldUnit != next.UnitId ? new TableEntity(partition, ProgressKeys.UnitRow(oldUnit, next.Subject)) : null,
                next.UnitId is { } unit ? ProgressUnitEntity.From(next, unit) : null);

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

    private async Task<TableEntity?> FindUnitReportAsync(string partition, string unitId, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(partition, ProgressKeys.UnitReportRow(unitId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    private async Task<IReadOnlyList<StoredDeedDecision>> DecisionsAsync(string tenantId, string campaignId, string month, string prefix, CancellationToken cancellationToken)
    {
        var decisions = new List<StoredDeedDecision>();
        await foreach (var entity in QueryAsync<DeedDecisionEntity>(tenantId, campaignId, month, prefix, cancellationToken).ConfigureAwait(false))
        {
            decisions.Add(entity.ToRecord());
        }
        return decisions;
    }

    private IAsyncEnumerable<T> QueryAsync<T>(string tenantId, string campaignId, string month, string prefix, CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {ProgressKeys.Partition(tenantId, campaignId, month)} and RowKey ge {prefix} and RowKey lt {ProgressKeys.PrefixEnd(prefix)}");
        return _table.QueryAsync<T>(filter, cancellationToken: cancellationToken);
    }
}
