using System.Text.Json;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Outbox;

namespace ThiDuaBot.Bot.Outbox;

/// <summary>
/// What features use: put proactive sends in the durable outbox, and read a batch's progress. The worker
/// (<see cref="OutboxWorker"/>, in any instance) does the sending.
/// </summary>
public sealed class OutboxService(OutboxStore store, OutboxQueue queue, OutboxSignal signal, TimeProvider time, ILogger<OutboxService> logger)
{
    private const int QueuePutParallelism = 16;

    /// <summary>
    /// Adds the items to batch <paramref name="batchId"/>: a status row each (the insert is the idempotency gate: a key
    /// already in the batch is left alone), then a queue message for each new row. If this process dies between the
    /// two, the sweeper gives the rows their messages later; nobody is skipped.
    /// </summary>
    public async Task<OutboxEnqueueResult> EnqueueAsync(string batchId, IReadOnlyList<OutboxItem> items, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        var rows = items.Select(item =>
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(item.Key);
            ArgumentException.ThrowIfNullOrWhiteSpace(item.TenantId);
            var r = item.Recipient;
            return new NewOutboxItem(item.Key, item.TenantId, r.ServiceUrl, r.ConversationId, r.BotId, r.UserId, r.UserAadObjectId,
                JsonSerializer.SerializeToUtf8Bytes(item.Activity, ProtocolJson.Options));
        }).ToList();

        var added = await store.AddAsync(batchId, rows, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await Parallel.ForEachAsync(
            added,
            new ParallelOptions { MaxDegreeOfParallelism = QueuePutParallelism, CancellationToken = cancellationToken },
            async (key, ct) => await queue.SendAsync(new OutboxMessage(batchId, key), TimeSpan.Zero, ct).ConfigureAwait(false)).ConfigureAwait(false);
        signal.Notify();

        var distinct = rows.Select(r => r.Key).Distinct(StringComparer.Ordinal).Count();
        logger.LogInformation("Outbox batch {BatchId}: {Added} sends queued, {Existing} already there", batchId, added.Count, distinct - added.Count);
        return new OutboxEnqueueResult(added.Count, distinct - added.Count);
    }

    /// <summary>Counts by status, and the unreachable, failed and uncertain recipients with the reason. One partition query.</summary>
    public Task<OutboxProgress> GetProgressAsync(string batchId, CancellationToken cancellationToken) =>
        store.GetProgressAsync(batchId, cancellationToken);

    /// <summary>Every key of the batch, whatever became of it: who has been given a send already.</summary>
    public Task<IReadOnlySet<string>> ListKeysAsync(string batchId, CancellationToken cancellationToken) =>
        store.ListKeysAsync(batchId, cancellationToken);
}
