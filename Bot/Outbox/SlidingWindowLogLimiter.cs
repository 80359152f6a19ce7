using System.Threading.RateLimiting;

namespace ThiDuaBot.Bot.Outbox;

/// <summary>
/// A rate limiter that keeps the time of every permit it gave within its longest window, so that in ANY span of a
/// window (not only spans aligned to segments) no more than the limit are given: an exact sliding window, as the
/// throttling service is assumed to count. Several limits can apply at once (Teams: 7 per second, 8 per 2 s, 60 per
/// 30 s, 1800 per hour). Permits are reserved first come, first served, possibly in the future; a caller waits until
/// its reserved time. <see cref="PauseUntil"/> stops everything until a time (a 429's <c>Retry-After</c>).
/// </summary>
/// <remarks>
/// The framework's <see cref="SlidingWindowRateLimiter"/> counts per segment and hands a whole expired segment's
/// permits back at once, so an unaligned window can see up to one segment more than the limit; a service counting
/// exactly answers that with 429. This limiter builds on the same <see cref="RateLimiter"/> abstraction instead.
/// </remarks>
public sealed class SlidingWindowLogLimiter : RateLimiter
{
    private readonly WindowLimit[] _limits;
    private readonly TimeSpan _longest;
    private readonly TimeSpan _spacing;
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    // Times of permits given (past) or reserved (future), never decreasing.
    private readonly List<DateTimeOffset> _log = [];
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    private DateTimeOffset _lastUse;
    private long _successful;
    private long _failed;

    /// <param name="limits">Every limit that applies.</param>
    /// <param name="time">The clock.</param>
    /// <param name="spacing">
    /// Least time between two permits (zero: none). Spreading permits evenly keeps a late request from landing in a
    /// window together with a whole burst planned for one instant.
    /// </param>
    public SlidingWindowLogLimiter(IReadOnlyList<WindowLimit> limits, TimeProvider time, TimeSpan spacing = default)
    {
        if (limits.Count == 0 || limits.Any(l => l.PermitLimit < 1 || l.Window <= TimeSpan.Zero))
        {
            throw new ArgumentException("Every limit needs at least one permit and a positive window.", nameof(limits));
        }
        _limits = [.. limits];
        _longest = limits.Max(l => l.Window);
        _spacing = spacing < TimeSpan.Zero ? TimeSpan.Zero : spacing;
        _time = time;
        _lastUse = time.GetUtcNow();
    }

    /// <summary>Held by whoever is between reading <see cref="Earliest"/> and calling <see cref="Record"/>, so two callers don't plan with the same room.</summary>
    internal SemaphoreSlim Turn { get; } = new(1, 1);

    public DateTimeOffset PausedUntil
    {
        get
        {
            lock (_gate)
            {
                return _pausedUntil;
            }
        }
    }

    /// <summary>No permit is given or used before <paramref name="until"/>; a later pause extends an earlier one, never shortens it.</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (_gate)
        {
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    /// <summary>The earliest time, not before <paramref name="notBefore"/>, at which one more request fits every limit.</summary>
    public DateTimeOffset Earliest(DateTimeOffset notBefore)
    {
        lock (_gate)
        {
            Prune(_time.GetUtcNow());
            return EarliestLocked(notBefore);
        }
    }

    /// <summary>
    /// Reserves the earliest permit not before <paramref name="notBefore"/>, if that is no later than
    /// <paramref name="deadline"/>; <paramref name="at"/> is that time either way.
    /// </summary>
    public bool TryReserve(DateTimeOffset notBefore, DateTimeOffset deadline, out DateTimeOffset at)
    {
        lock (_gate)
        {
            Prune(_time.GetUtcNow());
            at = EarliestLocked(notBefore);
            if (at > deadline)
            {
                _failed++;
                return false;
            }
            _log.Add(at);
            _successful++;
            _lastUse = at;
            return true;
        }
    }

    /// <summary>
    /// Gives back a reservation that was not used (no request was made at <paramref name="at"/>), so it takes no room
    /// from later ones. Reservations made meanwhile stay valid: they only get more room.
    /// </summary>
    public void Cancel(DateTimeOffset at)
    {
        lock (_gate)
        {
            var index = _log.LastIndexOf(at);
            if (index >= 0)
            {
                _log.RemoveAt(index);
            }
        }
    }

    /// <summary>Records a request made at <paramref name="at"/>, planned with <see cref="Earliest"/> under <see cref="Turn"/>.</summary>
    public void Record(DateTimeOffset at)
    {
        lock (_gate)
        {
            var index = _log.Count;
            while (index > 0 && _log[index - 1] > at)
            {
                index--;
            }
            _log.Insert(index, at);
            _successful++;
            if (at > _lastUse)
            {
                _lastUse = at;
            }
        }
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var now = _time.GetUtcNow();
                Prune(now);
                return _log.Count == 0 && _pausedUntil <= now && Turn.CurrentCount == 1 ? now - _lastUse : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            Prune(now);
            var available = _limits.Min(l => l.PermitLimit - _log.Count(t => t > now - l.Window && t <= now));
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _pausedUntil > now ? 0 : Math.Max(0, available),
                CurrentQueuedCount = _log.Count(t => t > now),
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1);
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            Prune(now);
            var at = EarliestLocked(now);
            if (at > now)
            {
                _failed++;
                return new Lease(false, at - now);
            }
            if (permitCount == 1)
            {
                _log.Add(now);
                _successful++;
                _lastUse = now;
            }
            return new Lease(true, null);
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1);
        if (permitCount == 0)
        {
            return AttemptAcquireCore(0);
        }
        while (true)
        {
            TryReserve(_time.GetUtcNow(), DateTimeOffset.MaxValue, out var at);
            var wait = at - _time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
            if (PausedUntil <= _time.GetUtcNow())
            {
                return new Lease(true, null);
            }
            // Paused while waiting: the reserved time is spent (counted, so the limiter stays on the safe side); plan again.
        }
    }

    private DateTimeOffset EarliestLocked(DateTimeOffset notBefore)
    {
        var at = notBefore > _pausedUntil ? notBefore : _pausedUntil;
        var count = _log.Count;
        if (count > 0 && _log[count - 1] + _spacing > at)
        {
            at = _log[count - 1] + _spacing;
        }
        foreach (var limit in _limits)
        {
            // Room for one more at 'at' when the limit-th most recent permit is at least a window before it.
            if (count >= limit.PermitLimit)
            {
                var opens = _log[count - limit.PermitLimit] + limit.Window;
                if (opens > at)
                {
                    at = opens;
                }
            }
        }
        return at;
    }

    private void Prune(DateTimeOffset now)
    {
        var cutoff = now - _longest;
        var stale = 0;
        while (stale < _log.Count && _log[stale] <= cutoff)
        {
            stale++;
        }
        if (stale > 0)
        {
            _log.RemoveRange(0, stale);
        }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }
            metadata = null;
            return false;
        }
    }
}
