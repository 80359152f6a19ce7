using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ThiDuaBot.Bot.Outbox;

/// <summary>
/// Keeps this instance's Connector calls under Teams' limits: per bot per conversation (7/1 s, 8/2 s, 60/30 s,
/// 1800/h, for sends and for creating a conversation) and per app per tenant (50/s by default), each window widened
/// by <see cref="OutboxOptions.WindowGuard"/>. A 429 pauses the tenant and the conversation until its
/// <c>Retry-After</c>. Limits are counted in this process: with several instances sending for one tenant, set
/// <see cref="OutboxOptions.TenantRequestsPerSecond"/> to the tenant's limit divided by the instances (the 429
/// handling keeps a wrong setting safe, only slower).
/// </summary>
public sealed class OutboxRateLimiter
{
    private static readonly TimeSpan IdleLimiterLifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, SlidingWindowLogLimiter> _tenants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SlidingWindowLogLimiter> _conversations = new(StringComparer.Ordinal);
    private readonly WindowLimit[] _tenantLimits;
    private readonly WindowLimit[] _conversationLimits;
    private readonly TimeProvider _time;
    private long _lastPruneTicks;

    public OutboxRateLimiter(IOptions<OutboxOptions> options, TimeProvider time)
    {
        var o = options.Value;
        var guard = o.WindowGuard;
        _tenantLimits = [new WindowLimit(o.TenantRequestsPerSecond, TimeSpan.FromSeconds(1) + guard)];
        _conversationLimits =
        [
            new WindowLimit(o.ConversationRequestsPerSecond, TimeSpan.FromSeconds(1) + guard),
            new WindowLimit(o.ConversationRequestsPer2Seconds, TimeSpan.FromSeconds(2) + guard),
            new WindowLimit(o.ConversationRequestsPer30Seconds, TimeSpan.FromSeconds(30) + guard),
            new WindowLimit(o.ConversationRequestsPerHour, TimeSpan.FromHours(1) + guard),
        ];
        _time = time;
        _lastPruneTicks = time.GetUtcNow().UtcTicks;
    }

    /// <summary>
    /// Waits for a slot to call the Connector for <paramref name="conversationKey"/> in <paramref name="tenantId"/>.
    /// Returns null when the caller may call now (the slot is counted), or the time a slot would open when that is
    /// after <paramref name="deadline"/> (nothing counted; the caller should come back then).
    /// </summary>
    public async Task<DateTimeOffset?> AcquireAsync(string tenantId, string conversationKey, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        PruneIdle();
        var tenant = _tenants.GetOrAdd(tenantId, _ => new SlidingWindowLogLimiter(_tenantLimits, _time));
        var conversation = _conversations.GetOrAdd(conversationKey, _ => new SlidingWindowLogLimiter(_conversationLimits, _time));

        // One caller at a time plans a conversation's next call, so its limits are counted at the time the call is
        // made (after the tenant's wait), not at the time it was planned.
        await conversation.Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = _time.GetUtcNow();
                var notBefore = conversation.Earliest(now);
                if (!tenant.TryReserve(notBefore, deadline, out var at))
                {
                    return at;
                }
                var wait = at - _time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
                }
                now = _time.GetUtcNow();
                if (tenant.PausedUntil <= now && conversation.PausedUntil <= now)
                {
                    conversation.Record(now);
                    return null;
                }
                // A 429 paused the tenant or the conversation meanwhile: the reserved slot is spent; plan again.
            }
        }
        finally
        {
            conversation.Turn.Release();
        }
    }

    /// <summary>Teams answered 429: nothing more for this tenant and conversation until <paramref name="until"/>.</summary>
    public void Pause(string tenantId, string conversationKey, DateTimeOffset until)
    {
        _tenants.GetOrAdd(tenantId, _ => new SlidingWindowLogLimiter(_tenantLimits, _time)).PauseUntil(until);
        _conversations.GetOrAdd(conversationKey, _ => new SlidingWindowLogLimiter(_conversationLimits, _time)).PauseUntil(until);
    }

    /// <summary>Drops limiters that have had nothing in their windows for a while (10,000 one-to-one chats make 10,000 of them).</summary>
    private void PruneIdle()
    {
        var now = _time.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastPruneTicks);
        if (now - last < TimeSpan.FromSeconds(30).Ticks || Interlocked.CompareExchange(ref _lastPruneTicks, now, last) != last)
        {
            return;
        }
        foreach (var map in new[] { _tenants, _conversations })
        {
            foreach (var (key, limiter) in map)
            {
                if (limiter.IdleDuration > IdleLimiterLifetime)
                {
                    map.TryRemove(new KeyValuePair<string, SlidingWindowLogLimiter>(key, limiter));
                }
            }
        }
    }
}
