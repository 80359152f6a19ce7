using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Outbox;

/// <summary>
/// The outbox's status rows (<see cref="TableNames.OutboxItems"/>) and its batch index (<see cref="TableNames.OutboxBatches"/>).
/// Inserting a row is the idempotency gate: a key already in its batch is never added twice. Every change after that
/// is conditional on the row's ETag, so two workers can never both believe they hold a row.
/// </summary>
public sealed class OutboxStore
{
    /// <summary>Azure Tables' limit of operations in one entity group transaction.</summary>
    private const int TransactionSize = 100;

    private readonly TableClient _items;
    private readonly TableClient _batches;

    public OutboxStore(Tables tables)
    {
        _items = tables.Get(TableNames.OutboxItems);
        _batches = tables.Get(TableNames.OutboxBatches);
    }

    /// <summary>
    /// Opens the batch and adds a <see cref="OutboxStatus.Queued"/> row for each item whose key is not in the batch yet
    /// (100 per transaction). Returns the keys that were added; the others were there already and are left as they are.
    /// </summary>
    public async Task<IReadOnlyList<string>> AddAsync(string batchId, IReadOnlyList<NewOutboxItem> items, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(batchId);
        if (items.Count == 0)
        {
            return [];
        }
        await OpenBatchAsync(batchId, items[0].TenantId, now, cancellationToken).ConfigureAwait(false);

        var unique = items.DistinctBy(i => i.Key, StringComparer.Ordinal).ToList();
        var added = new List<string>(unique.Count);
        foreach (var chunk in unique.Chunk(TransactionSize))
        {
            var entities = chunk.Select(item => OutboxItemEntity.From(NewRecord(batchId, item, now))).ToList();
            try
            {
                await _items.SubmitTransactionAsync(entities.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), cancellationToken).ConfigureAwait(false);
                added.AddRange(chunk.Select(i => i.Key));
            }
            catch (TableTransactionFailedException)
            {
                // Most often some keys of this chunk are there already (a repeated launch): add the rest one by one, and
                // let any other fault surface from the single insert.
                foreach (var (entity, item) in entities.Zip(chunk))
                {
                    if (await TryAddAsync(entity, cancellationToken).ConfigureAwait(false))
                    {
                        added.Add(item.Key);
                    }
                }
            }
        }
        return added;
    }

    public async Task<OutboxRecord?> GetAsync(string batchId, string key, CancellationToken cancellationToken)
    {
        var response = await _items.GetEntityIfExistsAsync<OutboxItemEntity>(OutboxKeys.Partition(batchId), OutboxKeys.Row(key), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value!.ToRecord() : null;
    }

    /// <summary>
    /// Replaces the row if it has not changed since <paramref name="updated"/>'s ETag was read; returns the row with
    /// its new ETag, or null when someone else changed (or removed) it first.
    /// </summary>
    public async Task<OutboxRecord?> TryReplaceAsync(OutboxRecord updated, CancellationToken cancellationToken)
    {
        var entity = OutboxItemEntity.From(updated);
        try
        {
            var response = await _items.UpdateEntityAsync(entity, updated.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return updated with { ETag = response.Headers.ETag ?? default };
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            return null;
        }
    }

    /// <summary>Notes that the sweeper gave the row a new queue message; false when the row changed meanwhile (then it needs none).</summary>
    public async Task<bool> TryMarkRequeuedAsync(OutboxRecord row, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var patch = new TableEntity(OutboxKeys.Partition(row.BatchId), OutboxKeys.Row(row.Key))
        {
            [nameof(OutboxItemEntity.RequeuedAt)] = at,
        };
        try
        {
            await _items.UpdateEntityAsync(patch, row.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            return false;
        }
    }

    /// <summary>The rows of a batch that are not final (queued, sending, retrying), without their activity. One partition query.</summary>
    public async IAsyncEnumerable<OutboxRecord> ListOpenAsync(string batchId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {OutboxKeys.Partition(batchId)} and (Status eq {nameof(OutboxStatus.Queued)} or Status eq {nameof(OutboxStatus.Sending)} or Status eq {nameof(OutboxStatus.Retrying)})");
        string[] columns = [nameof(OutboxItemEntity.BatchId), nameof(OutboxItemEntity.Key), nameof(OutboxItemEntity.TenantId), nameof(OutboxItemEntity.Status),
            nameof(OutboxItemEntity.DueAt), nameof(OutboxItemEntity.LeaseExpiresAt), nameof(OutboxItemEntity.UpdatedAt), nameof(OutboxItemEntity.RequeuedAt)];
        await foreach (var entity in _items.QueryAsync<OutboxItemEntity>(filter, select: columns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return entity.ToRecord();
        }
    }

    /// <summary>Every idempotency key of a batch, whatever its status. One partition query, keys only.</summary>
    public async Task<IReadOnlySet<string>> ListKeysAsync(string batchId, CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {OutboxKeys.Partition(batchId)}");
        await foreach (var entity in _items.QueryAsync<OutboxItemEntity>(filter, select: [nameof(OutboxItemEntity.Key)], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            keys.Add(entity.Key);
        }
        return keys;
    }

    /// <summary>Counts by status and the unreachable, failed and uncertain recipients of a batch. One partition query.</summary>
    public async Task<OutboxProgress> GetProgressAsync(string batchId, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<OutboxStatus, int>();
        var problems = new List<OutboxProblem>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {OutboxKeys.Partition(batchId)}");
        await foreach (var entity in _items.QueryAsync<OutboxItemEntity>(filter, select: OutboxItemEntity.ReportColumns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var row = entity.ToRecord();
            counts[row.Status] = counts.GetValueOrDefault(row.Status) + 1;
            if (row.Status is OutboxStatus.Unreachable or OutboxStatus.Failed or OutboxStatus.Uncertain)
            {
                problems.Add(new OutboxProblem(row.Key, row.Status, row.UserId, row.UserAadObjectId, row.ConversationId, row.LastStatusCode, row.LastError, row.Attempts, row.UpdatedAt));
            }
        }
        return new OutboxProgress(batchId, counts, problems);
    }

    public async IAsyncEnumerable<OutboxBatch> ListOpenBatchesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {OutboxKeys.BatchesPartition} and Open eq {true}");
        await foreach (var entity in _batches.QueryAsync<OutboxBatchEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return entity.ToRecord();
        }
    }

    public async Task<OutboxBatch?> GetBatchAsync(string batchId, CancellationToken cancellationToken)
    {
        var response = await _batches.GetEntityIfExistsAsync<OutboxBatchEntity>(OutboxKeys.BatchesPartition, OutboxKeys.BatchRow(batchId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value!.ToRecord() : null;
    }

    /// <summary>
    /// Marks the batch closed if nobody touched its row since <paramref name="batch"/> was read. An enqueue into the
    /// batch rewrites that row first, so a batch that just got new rows is never closed by a sweep that missed them.
    /// </summary>
    public async Task<bool> TryCloseBatchAsync(OutboxBatch batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var patch = new TableEntity(OutboxKeys.BatchesPartition, OutboxKeys.BatchRow(batch.BatchId))
        {
            [nameof(OutboxBatchEntity.Open)] = false,
            [nameof(OutboxBatchEntity.UpdatedAt)] = now,
        };
        try
        {
            await _batches.UpdateEntityAsync(patch, batch.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            return false;
        }
    }

    private async Task OpenBatchAsync(string batchId, string tenantId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entity = new OutboxBatchEntity
        {
            RowKey = OutboxKeys.BatchRow(batchId),
            BatchId = batchId,
            TenantId = tenantId,
            Open = true,
            CreatedAt = now,
            UpdatedAt = now,
        };
        try
        {
            await _batches.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Known batch: reopen it, keeping its creation time. An unconditional merge always changes the ETag.
            var patch = new TableEntity(OutboxKeys.BatchesPartition, entity.RowKey)
            {
                [nameof(OutboxBatchEntity.Open)] = true,
                [nameof(OutboxBatchEntity.UpdatedAt)] = now,
            };
            await _batches.UpdateEntityAsync(patch, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> TryAddAsync(OutboxItemEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await _items.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    private static OutboxRecord NewRecord(string batchId, NewOutboxItem item, DateTimeOffset now) => new()
    {
        BatchId = batchId,
        Key = item.Key,
        TenantId = item.TenantId,
        ServiceUrl = item.ServiceUrl,
        ConversationId = item.ConversationId,
        BotId = item.BotId,
        UserId = item.UserId,
        UserAadObjectId = item.UserAadObjectId,
        Activity = item.Activity,
        Status = OutboxStatus.Queued,
        CreatedAt = now,
        UpdatedAt = now,
        DueAt = now,
    };
}
