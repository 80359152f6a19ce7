using System.Diagnostics;
using ThiDuaBot.Storage.Outbox;

namespace ThiDuaBot.Bench;

/// <summary>
/// Pings the storage emulator four times a second (one queue call, one table read) and adds up the time of every
/// ping that took over a second: the time in which no outbox could have made progress. Azurite's queue service runs
/// a mark-and-sweep of its message store every minute that blocks it for seconds once it holds thousands of
/// messages; Azure Storage has no such pause.
/// </summary>
internal sealed class StallWatch(OutboxQueue queue, OutboxStore store, string batchId, string key)
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(1);
    private long _stalledTicks;

    public TimeSpan Total => TimeSpan.FromTicks(Interlocked.Read(ref _stalledTicks));

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var ping = Stopwatch.StartNew();
                await queue.ApproximateCountAsync(cancellationToken).ConfigureAwait(false);
                await store.GetAsync(batchId, key, cancellationToken).ConfigureAwait(false);
                if (ping.Elapsed > Slow)
                {
                    Interlocked.Add(ref _stalledTicks, ping.Elapsed.Ticks);
                }
                await Task.Delay(250, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
