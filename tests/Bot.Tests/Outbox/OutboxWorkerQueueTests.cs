using Stopwatch = System.Diagnostics.Stopwatch;
using ThiDuaBot.Storage.Outbox;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Outbox;

/// <summary>
/// The worker's buffer of received messages and its background deletes, seen from the queue service: the test's own
/// bot only enqueues, and a worker instance talks to Azurite's queue through <see cref="QueueTraffic"/>.
/// </summary>
public sealed class OutboxWorkerQueueTests : OutboxTestBase
{
    /// <summary>Leases (and so visibility timeouts) long enough that no message comes back by itself while a test looks.</summary>
    private static readonly IReadOnlyDictionary<string, string?> LongLease = new Dictionary<string, string?>
    {
        ["Outbox:SendTimeout"] = "00:00:10",
        ["Outbox:LeaseDuration"] = "00:00:30",
        ["Outbox:StaleAfter"] = "00:00:30",
    };

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" };

    [Fact]
    public async Task Senders_go_on_to_the_next_rows_while_the_queue_does_not_answer_deletes()
    {
        var people = People(12);
        await Outbox.EnqueueAsync(Batch, people.Select(ToChat).ToList(), CancellationToken.None);
        var traffic = new QueueTraffic();
        traffic.HoldDeletes();

        StartWorker(traffic, With(LongLease, new Dictionary<string, string?> { ["Outbox:Concurrency"] = "2" }));
        var progress = await WaitForBatchAsync();
        var deletedWhileSending = traffic.DeletesDone;
        var deletesWaiting = traffic.DeletesWaiting;
        traffic.ReleaseDeletes();
        await WaitUntilAsync(async () => await Queue.ApproximateCountAsync(CancellationToken.None) == 0);

        Assert.Equal(12, progress.Count(OutboxStatus.Sent));
        Assert.Equal(0, deletedWhileSending);
        Assert.True(deletesWaiting > 0, "no delete reached the queue service");
        Assert.All(people, person => Assert.Single(PostsOf(Key(person))));
        Assert.Equal(12, traffic.DeletesDone);
    }

    [Fact]
    public async Task A_message_whose_delete_was_lost_comes_back_and_is_deleted_without_posting_again()
    {
        await Outbox.EnqueueAsync(Batch, [ToChat("an")], CancellationToken.None);
        var traffic = new QueueTraffic();
        traffic.LoseDeletes(1);

        StartWorker(traffic, new Dictionary<string, string?>()); // leases, and visibility, of 3 s
        await WaitForBatchAsync();
        await WaitUntilAsync(async () => await Queue.ApproximateCountAsync(CancellationToken.None) == 0);
        await QuietPeriod();

        var received = Assert.Single(traffic.TimesReceived);
        Assert.Equal(2, received.Value); // it came back once its visibility ended
        Assert.Equal(2, traffic.DeletesDone); // the lost delete, then the real one
        Assert.Single(PostsOf(Key("an")));
        var row = await RowAsync(Key("an"));
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(1, row.Attempts);
    }

    [Theory]
    [InlineData(100, 50, 100)] // Outbox:PrefetchCount
    [InlineData(1000, 4, 30)] // what 4 calls a second drain in a quarter of the 30-s lease
    public async Task A_worker_keeps_up_to_its_prefetch_count_received_ahead_and_no_more_than_drains_in_a_quarter_lease(int prefetch, int perSecond, int kept)
    {
        await Outbox.EnqueueAsync(Batch, People(300).Select(ToChat).ToList(), CancellationToken.None);
        Channel.Script("/activities", Slow(TimeSpan.FromSeconds(3), 6));
        var traffic = new QueueTraffic();

        StartWorker(traffic, With(LongLease, new Dictionary<string, string?>
        {
            ["Outbox:PrefetchCount"] = prefetch.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Outbox:TenantRequestsPerSecond"] = perSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Outbox:Concurrency"] = "2",
        }));
        var watching = Stopwatch.StartNew();
        while (watching.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(50);
        }

        // The buffer is topped up a page (up to 32) at a time whenever a whole page fits, so it holds more than the
        // last page short of full, and never more than full plus the message each sender works on.
        var page = Math.Min(OutboxQueue.MaxReceiveCount, kept / 2);
        Assert.InRange(traffic.MaxHeld, kept - page + 1, kept + 2);
        Assert.All(traffic.TimesReceived.Values, times => Assert.Equal(1, times));
    }

    [Fact]
    public async Task Stopping_a_worker_finishes_its_sends_in_flight_and_makes_every_message_it_did_not_start_visible_again_at_once()
    {
        await Outbox.EnqueueAsync(Batch, People(150).Select(ToChat).ToList(), CancellationToken.None);
        Channel.Script("/activities", Slow(TimeSpan.FromSeconds(2), 4));
        var traffic = new QueueTraffic();
        var worker = StartWorker(traffic, With(LongLease, new Dictionary<string, string?> { ["Outbox:PrefetchCount"] = "100", ["Outbox:Concurrency"] = "2" }));
        await WaitUntilAsync(() => Task.FromResult(traffic.Held >= 90 && SentActivities().Count == 2));

        await worker.DisposeAsync();
        var visible = 0;
        while (await Queue.ReceiveAsync(OutboxQueue.MaxReceiveCount, TimeSpan.FromSeconds(30), CancellationToken.None) is { Count: > 0 } page)
        {
            visible += page.Count;
        }

        var progress = await Outbox.GetProgressAsync(Batch, CancellationToken.None);
        Assert.Equal(2, progress.Count(OutboxStatus.Sent)); // the two posts in flight finished and were recorded
        Assert.Equal(148, progress.Count(OutboxStatus.Queued));
        Assert.Equal(148, visible);
    }

    [Fact]
    public async Task A_message_that_waited_over_half_its_visibility_in_the_buffer_is_hidden_again_before_it_is_started()
    {
        // One sender and leases of 18 s. Both rows need their chat created; for the first one received, creating it
        // and posting take 4.75 s each, so the second message waits over 9 s in the buffer: more than half the 18 s it
        // was hidden for.
        Channel.Script("/v3/conversations", new ScriptedResponse(201, """{"id":"a:created-slowly"}""", Delay: TimeSpan.FromSeconds(4.75)));
        Channel.Script("/activities", Slow(TimeSpan.FromSeconds(4.75), 1));
        await Outbox.EnqueueAsync(Batch, [ToNewChat("an"), ToNewChat("binh")], CancellationToken.None);
        var traffic = new QueueTraffic();

        StartWorker(traffic, new Dictionary<string, string?>
        {
            ["Outbox:Concurrency"] = "1",
            ["Outbox:SendTimeout"] = "00:00:06",
            ["Outbox:LeaseDuration"] = "00:00:18",
            ["Outbox:StaleAfter"] = "00:00:18",
        });
        await WaitForBatchAsync(TimeSpan.FromSeconds(40));
        // Deleted with the pop receipt the extension gave it (the old one no longer works): at once, not 18 s later.
        await WaitUntilAsync(async () => await Queue.ApproximateCountAsync(CancellationToken.None) == 0, seconds: 10);

        Assert.Single(PostsOf(Key("an")));
        Assert.Single(PostsOf(Key("binh")));
        var creates = Creates().OrderBy(c => c.ReceivedAt).ToList();
        Assert.Equal(2, creates.Count);
        Assert.True(creates[1].ReceivedAt - creates[0].ReceivedAt > TimeSpan.FromSeconds(9), "the second row did not wait");
        Assert.Equal(2, traffic.TimesReceived.Count);
        Assert.All(traffic.TimesReceived.Values, times => Assert.Equal(1, times)); // none came back while it waited
        var extended = Assert.Single(traffic.Updates);
        Assert.Equal(18, extended.VisibilitySeconds);
    }

    private BotApplication StartWorker(QueueTraffic traffic, IReadOnlyDictionary<string, string?> settings)
    {
        var worker = CreateInstanceOnSameStorage(With(FastOutbox, settings), services => QueueTraffic.Route(services, traffic));
        _ = worker.Services; // start it
        return worker;
    }

    private static List<string> People(int count) => Enumerable.Range(1, count).Select(i => $"p{i:D3}").ToList();

    private static ScriptedResponse[] Slow(TimeSpan delay, int count) =>
        Enumerable.Repeat(new ScriptedResponse(200, """{"id":"slow"}""", Delay: delay), count).ToArray();

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, int seconds = 15)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                throw new TimeoutException("condition not met in " + seconds + " s");
            }
            await Task.Delay(50);
        }
    }
}
