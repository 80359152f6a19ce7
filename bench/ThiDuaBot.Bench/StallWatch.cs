using System.Diagnostics;
using ThiDuaBot.Storage.Outbox;

namespace ThiDuaBot.Bench;

/// <summary>
/// Pings each of the storage emulator's services four times a second (the queue's properties; one table row) and
/// keeps every ping that took over a second: the time in which that service did not answer. Azurite's queue service
/// runs a mark-and-sweep of its message store every minute that blocks it for seconds once it has handled thousands
/// of messages; Azure Storage has no such pause. The table service runs in a node process of its own, so its pings
/// show whether it was held up too (by the machine, or the bench's own reads).
/// </summary>
internal sealed class StallWatch(OutboxQueue queue, OutboxStore store, string batchId, string key)
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(1);
    private readonly List<(long Start, long End)> _queueStalls = [];
    private readonly List<(long Start, long End)> _tableStalls = [];

    /// <summary>Queue stalls so far.</summary>
    public TimeSpan Total => Sum(_queueStalls, long.MinValue, long.MaxValue);

    /// <summary>Stalled time of the queue service between two <see cref="Stopwatch"/> timestamps.</summary>
    public TimeSpan Within(long from, long to) => Sum(_queueStalls, from, to);

    /// <summary>Stalled time of the table service between two <see cref="Stopwatch"/> timestamps.</summary>
    public TimeSpan TableWithin(long from, long to) => Sum(_tableStalls, from, to);

    /// <summary>The queue's stalls that overlap the span, as (start, length) from <paramref name="from"/>.</summary>
    public IReadOnlyList<(TimeSpan Start, TimeSpan Length)> QueueStalls(long from, long to) => List(_queueStalls, from, to);

    /// <summary>The table service's stalls that overlap the span, as (start, length) from <paramref name="from"/>.</summary>
    public IReadOnlyList<(TimeSpan Start, TimeSpan Length)> TableStalls(long from, long to) => List(_tableStalls, from, to);

    public Task RunAsync(CancellationToken cancellationToken) => Task.WhenAll(
        PingAsync(_queueStalls, ct => queue.ApproximateCountAsync(ct), cancellationToken),
        PingAsync(_tableStalls, ct => store.GetAsync(batchId, key, ct), cancellationToken));

    private static async Task PingAsync(List<(long Start, long End)> stalls, Func<CancellationToken, Task> ping, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                await ping(cancellationToken).ConfigureAwait(false);
                var end = Stopwatch.GetTimestamp();
                if (Stopwatch.GetElapsedTime(start, end) > Slow)
                {
                    lock (stalls)
                    {
                        stalls.Add((start, end));
                    }
                }
                await Task.Delay(250, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private static TimeSpan Sum(List<(long Start, long End)> stalls, long from, long to)
    {
        lock (stalls)
        {
            var ticks = stalls.Sum(s => Math.Max(0, Math.Min(s.End, to) - Math.Max(s.Start, from)));
            return TimeSpan.FromSeconds((double)ticks / Stopwatch.Frequency);
        }
    }

    private static List<(TimeSpan Start, TimeSpan Length)> List(List<(long Start, long End)> stalls, long from, long to)
    {
        lock (stalls)
        {
            return stalls
                .Where(s => s.End > from && s.Start < to)
                .Select(s => (Stopwatch.GetElapsedTime(from, Math.Max(s.Start, from)), Stopwatch.GetElapsedTime(Math.Max(s.Start, from), Math.Min(s.End, to))))
                .ToList();
        }
    }
}
