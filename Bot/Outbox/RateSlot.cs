namespace ThiDuaBot.Bot.Outbox;

/// <summary>
/// A Connector call's place in the rate limits, from <see cref="OutboxRateLimiter.ReserveAsync"/>: either reserved at
/// <see cref="At"/> (the tenant's permit is counted; the conversation is held for this caller until the slot is used
/// or disposed), or not to be had before the caller's deadline, and then <see cref="At"/> says when to come back.
/// </summary>
public sealed class RateSlot : IDisposable
{
    private readonly SlidingWindowLogLimiter? _tenant;
    private readonly SlidingWindowLogLimiter? _conversation;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lateness;
    private int _released;
    private bool _used;

    internal RateSlot(SlidingWindowLogLimiter? tenant, SlidingWindowLogLimiter? conversation, DateTimeOffset at, TimeSpan lateness, TimeProvider time)
    {
        _tenant = tenant;
        _conversation = conversation;
        At = at;
        _lateness = lateness;
        _time = time;
        if (conversation is null)
        {
            _released = 1;
        }
    }

    public bool IsReserved => _conversation is not null;

    /// <summary>When the call may go; after a failed <see cref="UseAsync"/>, when a slot would open.</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>When a 429 pause of the tenant or conversation ends (in the past when there is none).</summary>
    public DateTimeOffset PausedUntil
    {
        get
        {
            var tenant = _tenant?.PausedUntil ?? DateTimeOffset.MinValue;
            var conversation = _conversation?.PausedUntil ?? DateTimeOffset.MinValue;
            return tenant > conversation ? tenant : conversation;
        }
    }

    /// <summary>Waits until <paramref name="time"/> (e.g. a little before <see cref="At"/>, to claim the row first).</summary>
    public async Task WaitUntilAsync(DateTimeOffset time, CancellationToken cancellationToken)
    {
        var wait = time - _time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Waits for the slot and takes it, counting the call against the conversation at this very time. A 429 pause
    /// that came meanwhile, or waking up later than the windows' guard allows (a slow claim write, a busy machine), spends
    /// the slot and takes a new one, so every call goes out within a few milliseconds of a time the limits allow.
    /// False when no new slot opens by <paramref name="deadline"/> (<see cref="At"/> then says when one would).
    /// </summary>
    public async Task<bool> UseAsync(DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        if (!IsReserved)
        {
            throw new InvalidOperationException("This slot was not reserved.");
        }
        while (true)
        {
            await WaitUntilAsync(At, cancellationToken).ConfigureAwait(false);
            var now = _time.GetUtcNow();
            if (PausedUntil <= now && now - At <= _lateness)
            {
                _conversation!.Record(now);
                _used = true;
                Dispose();
                return true;
            }
            _tenant!.Cancel(At);
            if (!_tenant.TryReserve(_conversation!.Earliest(now), deadline, out var at))
            {
                At = at;
                _used = true; // nothing reserved any more
                Dispose();
                return false;
            }
            At = at;
        }
    }

    /// <summary>Lets the conversation go; a slot that was never used is given back to the tenant.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            if (!_used)
            {
                _tenant!.Cancel(At);
            }
            _conversation!.Turn.Release();
        }
    }
}
