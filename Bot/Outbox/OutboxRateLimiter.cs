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
    private readonly TimeSpan _tenantSpacing;
    private readonly TimeSpan _lateness;
    private readonly TimeProvider _time;
    private long _lastPruneTicks;

    public OutboxRateLimiter(IOptions<OutboxOptions> options, TimeProvider time)
    {
        var o = options.Value;
        var guard = o.WindowGuard;
        _tenantLimits = [new WindowLimit(o.TenantRequestsPerSecond, TimeSpan.FromSeconds(1) + guard)];
        // A tenant's calls are spread evenly over its window rather than sent in bursts: a burst planned for one
        // instant reaches Teams spread out, and its late part shares a window with the next burst.
        _tenantSpacing = _tenantLimits[0].Window / o.TenantRequestsPerSecond;
        _conversationLimits =
        [
            new WindowLimit(o.ConversationRequestsPerSecond, TimeSpan.FromSeconds(1) + guard),
            new WindowLimit(o.ConversationRequestsPer2Seconds, TimeSpan.FromSeconds(2) + guard),
            new WindowLimit(o.ConversationRequestsPer30Seconds, TimeSpan.FromSeconds(30) + guard),
            new WindowLimit(o.ConversationRequestsPerHour, TimeSpan.FromHours(1) + guard),
        ];
        // A call may go this much after its planned time and still keep within the (guarded) windows.
        _lateness = guard / 2;
        _time = time;
        _lastPruneTicks = time.GetUtcNow().UtcTicks;
    }

    /// <summary>
    /// Reserves the next slot to call the Connector for <paramref name="conversationKey"/> (a conversation id, or
    /// <c>user:{id}</c> for creating a 1:1 chat) in <paramref name="tenantId"/>, if one opens by
    /// <paramref name="deadline"/>. Slots are handed out first come, first served. The caller waits for the slot with
    /// <see cref="RateSlot.UseAsync"/> right before its call, so the call is counted when it is made; until then, no
    /// one else plans a call in that conversation.
    /// </summary>
    public async Task<RateSlot> ReserveAsync(string tenantId, string conversationKey, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        PruneIdle();
        var tenant = _tenants.GetOrAdd(tenantId, _ => new SlidingWindowLogLimiter(_tenantLimits, _time, _tenantSpacing));
        var conversation = _conversations.GetOrAdd(conversationKey, _ => new SlidingWindowLogLimiter(_conversationLimits, _time));
        await conversation.Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        var notBefore = conversation.Earliest(_time.GetUtcNow());
        if (!tenant.TryReserve(notBefore, deadline, out var at))
        {
            conversation.Turn.Release();
            return new RateSlot(tenant, null, at, _lateness, _time);
        }
        return new RateSlot(tenant, conversation, at, _lateness, _time);
    }

    /// <summary>Teams answered 429: nothing more for this tenant and conversation until <paramref name="until"/>.</summary>
    public void Pause(string tenantId, string conversationKey, DateTimeOffset until)
    {
        _tenants.GetOrAdd(tenantId, _ => new SlidingWindowLogLimiter(_tenantLimits, _time, _tenantSpacing)).PauseUntil(until);
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
