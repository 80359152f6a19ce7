using Microsoft.Extensions.Options;
using ThiDuaBot.Storage.Outbox;

namespace ThiDuaBot.Bot.Outbox;

/// <summary>
/// Finds open rows that have been due for <see cref="OutboxOptions.StaleAfter"/> without progress (their queue
/// message was lost: the process died between writing the row and putting the message, or a message was deleted by
/// hand) and gives them a new message; closes batches with nothing left to send. Running it in several instances
/// at once is harmless: a row with two messages is still sent once.
/// </summary>
public sealed class OutboxSweeper(OutboxStore store, OutboxQueue queue, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxSweeper> logger)
{
    /// <summary>One pass over the open batches; returns how many rows got a new message.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var staleAfter = options.Value.StaleAfter;
        var requeued = 0;
        var batches = new List<OutboxBatch>();
        await foreach (var batch in store.ListOpenBatchesAsync(cancellationToken).ConfigureAwait(false))
        {
            batches.Add(batch);
        }
        foreach (var batch in batches)
        {
            var open = 0;
            await foreach (var row in store.ListOpenAsync(batch.BatchId, cancellationToken).ConfigureAwait(false))
            {
                open++;
                var now = time.GetUtcNow();
                // The last time something should have happened to the row: it fell due, its lease lapsed, or it was re-queued.
                var expected = new[] { row.DueAt, row.Status == OutboxStatus.Sending ? row.LeaseExpiresAt : null, row.RequeuedAt }.Max()!.Value;
                if (expected + staleAfter > now)
                {
                    continue;
                }
                // Mark the row first (ETag), so another sweeper, or the next pass, leaves it alone for a while.
                if (await store.TryMarkRequeuedAsync(row, now, cancellationToken).ConfigureAwait(false))
                {
                    await queue.SendAsync(new OutboxMessage(row.BatchId, row.Key), TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
                    requeued++;
                }
            }
            if (open == 0 && await store.TryCloseBatchAsync(batch, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
            {
                logger.LogInformation("Outbox batch {BatchId} is complete", batch.BatchId);
            }
        }
        if (requeued > 0)
        {
            logger.LogWarning("Outbox sweeper re-queued {Count} rows whose queue message was missing", requeued);
        }
        return requeued;
    }
}
