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
    private readonly List<(long Start, long End)> _stalls = [];

    public TimeSpan Total => Within(long.MinValue, long.MaxValue);

    /// <summary>Stalled time between two <see cref="Stopwatch"/> timestamps.</summary>
    public TimeSpan Within(long from, long to)
    {
        lock (_stalls)
        {
            var ticks = _stalls.Sum(s => Math.Max(0, Math.Min(s.End, to) - Math.Max(s.Start, from)));
            return TimeSpan.FromSeconds((double)ticks / Stopwatch.Frequency);
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                await queue.ApproximateCountAsync(cancellationToken).ConfigureAwait(false);
                await store.GetAsync(batchId, key, cancellationToken).ConfigureAwait(false);
                var end = Stopwatch.GetTimestamp();
                if (Stopwatch.GetElapsedTime(start, end) > Slow)
                {
                    lock (_stalls)
                    {
                        _stalls.Add((start, end));
                    }
                }
                await Task.Delay(250, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
