using System.Threading.RateLimiting;
using ThiDuaBot.Bot.Outbox;

namespace ThiDuaBot.Bot.Tests.Outbox;

/// <summary>The exact sliding-window limiter: Teams' per-conversation limits hold in every span, not only aligned ones.</summary>
public sealed class SlidingWindowLogLimiterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private static readonly WindowLimit[] TeamsConversation =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];

    [Fact]
    public void Seven_go_at_once_the_eighth_a_second_later_and_the_ninth_when_the_two_second_window_allows()
    {
        var time = new ManualTime(T0);
        var limiter = new SlidingWindowLogLimiter(TeamsConversation, time);

        var times = Enumerable.Range(0, 10).Select(_ => Reserve(limiter, T0)).ToList();

        Assert.All(times.Take(7), t => Assert.Equal(T0, t));
        Assert.Equal(T0 + TimeSpan.FromSeconds(1), times[7]); // 7 per second
        Assert.Equal(T0 + TimeSpan.FromSeconds(2), times[8]); // 8 per 2 s
        Assert.Equal(T0 + TimeSpan.FromSeconds(2), times[9]);
    }

    [Fact]
    public void No_span_of_any_window_ever_holds_more_than_its_limit()
    {
        var time = new ManualTime(T0);
        var limiter = new SlidingWindowLogLimiter(TeamsConversation, time);
        var random = new Random(42);
        var given = new List<DateTimeOffset>();
        for (var i = 0; i < 400; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(random.Next(0, 400)));
            given.Add(Reserve(limiter, time.GetUtcNow()));
        }

        foreach (var limit in TeamsConversation)
        {
            foreach (var end in given)
            {
                var inSpan = given.Count(t => t > end - limit.Window && t <= end);
                Assert.True(inSpan <= limit.PermitLimit, $"{inSpan} in the {limit.Window} before {end:HH:mm:ss.fff}, limit {limit.PermitLimit}");
            }
        }
        Assert.Equal(given.Order().ToList(), given); // first come, first served
    }

    [Fact]
    public void A_pause_holds_every_permit_until_it_ends_and_a_shorter_pause_does_not_shorten_it()
    {
        var time = new ManualTime(T0);
        var limiter = new SlidingWindowLogLimiter([new WindowLimit(50, TimeSpan.FromSeconds(1))], time);

        limiter.PauseUntil(T0 + TimeSpan.FromSeconds(3));
        limiter.PauseUntil(T0 + TimeSpan.FromSeconds(1));

        Assert.Equal(T0 + TimeSpan.FromSeconds(3), Reserve(limiter, T0));
        using var lease = limiter.AttemptAcquire();
        Assert.False(lease.IsAcquired);
        Assert.True(lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(3), retryAfter);
    }

    [Fact]
    public void A_reservation_past_the_deadline_is_not_taken()
    {
        var time = new ManualTime(T0);
        var limiter = new SlidingWindowLogLimiter([new WindowLimit(1, TimeSpan.FromSeconds(10))], time);
        Reserve(limiter, T0);

        var taken = limiter.TryReserve(T0, T0 + TimeSpan.FromSeconds(5), out var at);

        Assert.False(taken);
        Assert.Equal(T0 + TimeSpan.FromSeconds(10), at);
        Assert.Equal(T0 + TimeSpan.FromSeconds(10), Reserve(limiter, T0)); // the refused one took nothing
    }

    [Fact]
    public void With_spacing_permits_are_spread_evenly_instead_of_in_a_burst()
    {
        var time = new ManualTime(T0);
        var limiter = new SlidingWindowLogLimiter([new WindowLimit(50, TimeSpan.FromSeconds(1))], time, TimeSpan.FromMilliseconds(20));

        var times = Enumerable.Range(0, 60).Select(_ => Reserve(limiter, T0)).ToList();

        Assert.Equal(T0 + TimeSpan.FromMilliseconds(20 * 49), times[49]);
        Assert.Equal(T0 + TimeSpan.FromSeconds(1), times[50]); // the 1-second window, not the spacing, decides the 51st
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(20)));
    }

    [Fact]
    public void A_reservation_given_back_leaves_room_for_the_next_caller()
    {
        var time = new ManualTime(T0);
        var limiter = new SlidingWindowLogLimiter([new WindowLimit(1, TimeSpan.FromSeconds(1))], time);
        var unused = Reserve(limiter, T0);

        limiter.Cancel(unused);

        Assert.Equal(T0, Reserve(limiter, T0));
        Assert.Equal(T0 + TimeSpan.FromSeconds(1), Reserve(limiter, T0));
    }

    [Fact]
    public async Task Framework_acquire_waits_for_the_window_and_reports_statistics()
    {
        var limiter = new SlidingWindowLogLimiter([new WindowLimit(2, TimeSpan.FromMilliseconds(300))], TimeProvider.System);

        var started = DateTimeOffset.UtcNow;
        using (limiter.AttemptAcquire())
        using (limiter.AttemptAcquire())
        using (var third = await limiter.AcquireAsync())
        {
            Assert.True(third.IsAcquired);
        }

        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromMilliseconds(290));
        Assert.Equal(3, limiter.GetStatistics()!.TotalSuccessfulLeases);
    }

    private static DateTimeOffset Reserve(SlidingWindowLogLimiter limiter, DateTimeOffset notBefore)
    {
        Assert.True(limiter.TryReserve(notBefore, DateTimeOffset.MaxValue, out var at));
        return at;
    }
}
