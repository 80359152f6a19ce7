using System.Diagnostics;

namespace ThiDuaBot.Bench;

/// <summary>
/// How the loopback Connector throttles, as strictly as a service can: for each key, the times of the calls it
/// accepted, and a call is refused when any window ending now already holds its limit (exact sliding windows, not
/// fixed buckets). Refused calls are not counted. Not thread-safe; the Connector locks around it.
/// </summary>
internal sealed class ExactWindows(IReadOnlyList<(int Limit, TimeSpan Window)> rules)
{
    private readonly Dictionary<string, Queue<long>> _accepted = new(StringComparer.Ordinal);
    private readonly long _longestTicks = (long)(rules.Max(r => r.Window).TotalSeconds * Stopwatch.Frequency);

    /// <summary>Null when a call for <paramref name="key"/> fits now; else how long until it would.</summary>
    public TimeSpan? Check(string key, long now)
    {
        if (!_accepted.TryGetValue(key, out var times))
        {
            return null;
        }
        while (times.Count > 0 && times.Peek() <= now - _longestTicks)
        {
            times.Dequeue();
        }
        TimeSpan? wait = null;
        foreach (var (limit, window) in rules)
        {
            var windowTicks = (long)(window.TotalSeconds * Stopwatch.Frequency);
            var inWindow = times.Where(t => t > now - windowTicks).ToList();
            if (inWindow.Count >= limit)
            {
                // The call fits once enough of the calls in the window have left it.
                var leaves = inWindow[inWindow.Count - limit] + windowTicks;
                var until = TimeSpan.FromSeconds((double)(leaves - now) / Stopwatch.Frequency);
                wait = wait is null || until > wait ? until : wait;
            }
        }
        return wait;
    }

    public void Record(string key, long now)
    {
        if (!_accepted.TryGetValue(key, out var times))
        {
            _accepted[key] = times = new Queue<long>();
        }
        times.Enqueue(now);
    }
}
