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
    private int _released;

    internal RateSlot(SlidingWindowLogLimiter? tenant, SlidingWindowLogLimiter? conversation, DateTimeOffset at, TimeProvider time)
    {
        _tenant = tenant;
        _conversation = conversation;
        At = at;
        _time = time;
        if (conversation is null)
        {
            _released = 1;
        }
    }

    public bool IsReserved => _conversation is not null;

    public DateTimeOffset At { get; }

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
    /// Waits for the slot and takes it: true when the call may go now (counted against the conversation at this very
    /// time); false when a 429 paused the tenant or the conversation meanwhile (the slot is spent; see <see cref="PausedUntil"/>).
    /// </summary>
    public async Task<bool> UseAsync(CancellationToken cancellationToken)
    {
        if (!IsReserved)
        {
            throw new InvalidOperationException("This slot was not reserved.");
        }
        await WaitUntilAsync(At, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        if (PausedUntil > now)
        {
            Dispose();
            return false;
        }
        _conversation!.Record(now);
        Dispose();
        return true;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _conversation!.Turn.Release();
        }
    }
}
