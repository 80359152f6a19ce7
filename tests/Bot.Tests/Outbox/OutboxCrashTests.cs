using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ThiDuaBot.Bot.Outbox;
using ThiDuaBot.Storage.Outbox;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Outbox;

/// <summary>
/// Restarts, crashes and several instances. The test's own bot only enqueues (its worker is off); workers run in
/// other instances of the bot on the same storage, and a "dead" worker is played by the test: it receives a message
/// and claims the row, then does nothing more.
/// </summary>
public sealed class OutboxCrashTests : OutboxTestBase
{
    private static readonly TimeSpan DeadLease = TimeSpan.FromSeconds(1);

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" };

    private BotApplication StartWorker(string policy = "Resend", int maxAttempts = 8)
    {
        var worker = CreateInstanceOnSameStorage(With(FastOutbox, new Dictionary<string, string?>
        {
            ["Outbox:AmbiguousSend"] = policy,
            ["Outbox:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        _ = worker.Services; // start it
        return worker;
    }

    [Fact]
    public async Task With_the_worker_off_rows_are_queued_and_nothing_is_sent()
    {
        await Outbox.EnqueueAsync(Batch, [ToChat("an")], CancellationToken.None);
        await QuietPeriod();

        Assert.Empty(SentActivities());
        Assert.Equal(OutboxStatus.Queued, (await RowAsync(Key("an"))).Status);
        Assert.Equal(1, await Queue.ApproximateCountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Two_instances_on_the_same_storage_post_each_key_exactly_once_even_with_two_messages_per_row()
    {
        var people = Enumerable.Range(1, 60).Select(i => $"p{i:D2}").ToList();
        await Outbox.EnqueueAsync(Batch, people.Select(ToChat).ToList(), CancellationToken.None);
        foreach (var person in people)
        {
            // A second message for every row, as a sweep racing a slow worker would leave.
            await Queue.SendAsync(new OutboxMessage(Batch, Key(person)), TimeSpan.Zero, CancellationToken.None);
        }

        StartWorker();
        StartWorker();
        var progress = await WaitForBatchAsync(TimeSpan.FromSeconds(30));
        await QuietPeriod();

        Assert.Equal(60, progress.Count(OutboxStatus.Sent));
        Assert.All(people, person => Assert.Single(PostsOf(Key(person))));
        Assert.Equal(60, SentActivities().Count);
    }

    [Fact]
    public async Task A_worker_that_died_while_creating_the_chat_is_taken_over_once_its_lease_lapses()
    {
        await Outbox.EnqueueAsync(Batch, [ToNewChat("an")], CancellationToken.None);
        var lapsesAt = await DieHoldingAsync(Key("an"));

        StartWorker();
        await WaitForBatchAsync();
        await QuietPeriod();

        var post = Assert.Single(PostsOf(Key("an")));
        Assert.True(Assert.Single(Creates()).ReceivedAt >= lapsesAt, "the chat was created while the dead worker's lease was still live");
        Assert.True(post.ReceivedAt >= lapsesAt);
        var row = await RowAsync(Key("an"));
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(2, row.Attempts);
    }

    [Fact]
    public async Task A_worker_that_died_while_posting_is_posted_again_once_by_default()
    {
        await Outbox.EnqueueAsync(Batch, [ToChat("an"), ToChat("binh")], CancellationToken.None);
        var lapsesAt = await DieHoldingAsync(Key("an"));

        StartWorker();
        await WaitForBatchAsync();
        await QuietPeriod();

        var post = Assert.Single(PostsOf(Key("an")));
        Assert.True(post.ReceivedAt >= lapsesAt, "posted while the dead worker's lease was still live");
        Assert.Single(PostsOf(Key("binh")));
        Assert.Equal(OutboxStatus.Sent, (await RowAsync(Key("an"))).Status);
    }

    [Fact]
    public async Task A_worker_that_died_while_posting_is_reported_uncertain_and_not_posted_when_so_configured()
    {
        await Outbox.EnqueueAsync(Batch, [ToChat("an"), ToChat("binh")], CancellationToken.None);
        await DieHoldingAsync(Key("an"));

        StartWorker("MarkUncertain");
        var progress = await WaitForBatchAsync();
        await QuietPeriod();

        Assert.Empty(PostsOf(Key("an")));
        Assert.Single(PostsOf(Key("binh")));
        var problem = Assert.Single(progress.Problems);
        Assert.Equal(Key("an"), problem.Key);
        Assert.Equal(OutboxStatus.Uncertain, problem.Status);
        Assert.Contains("dead-worker", problem.Reason);
    }

    [Fact]
    public async Task A_post_that_timed_out_is_reported_uncertain_and_not_resent_when_so_configured()
    {
        Channel.Script("/v3/conversations/a:1chat-an/activities", new TestSupport.Fakes.ScriptedResponse(200, """{"id":"too-late"}""", Delay: TimeSpan.FromSeconds(2)));
        await Outbox.EnqueueAsync(Batch, [ToChat("an")], CancellationToken.None);

        StartWorker("MarkUncertain");
        var progress = await WaitForBatchAsync();
        await QuietPeriod();

        Assert.Single(PostsOf(Key("an")));
        var problem = Assert.Single(progress.Problems);
        Assert.Equal(OutboxStatus.Uncertain, problem.Status);
        Assert.Contains("no answer", problem.Reason);
    }

    [Fact]
    public async Task A_send_that_never_reached_the_connector_is_retried_not_uncertain_and_fails_after_its_attempts()
    {
        var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop(); // nothing listens there: every connection is refused
        var item = new OutboxItem(Key("an"), BotApplication.TenantId, OutboxRecipient.Conversation($"http://127.0.0.1:{port}/", ChatOf("an")), Card(Key("an")));
        await Outbox.EnqueueAsync(Batch, [item], CancellationToken.None);

        StartWorker("MarkUncertain", maxAttempts: 2);
        var progress = await WaitForBatchAsync();

        var problem = Assert.Single(progress.Problems);
        Assert.Equal(OutboxStatus.Failed, problem.Status);
        Assert.Equal(2, problem.Attempts);
        Assert.Contains("gave up after 2", problem.Reason);
    }

    [Fact]
    public async Task A_row_whose_queue_message_was_lost_gets_a_new_one_from_the_sweeper_and_is_posted_once()
    {
        await Outbox.EnqueueAsync(Batch, [ToChat("an"), ToChat("binh")], CancellationToken.None);
        await Queue.ClearAsync(CancellationToken.None); // the process "died" between the rows and the messages

        var now = await Service<OutboxSweeper>().SweepAsync(CancellationToken.None);
        var later = SweeperAt(TimeSpan.FromHours(1));
        var requeued = await later.SweepAsync(CancellationToken.None);
        var again = await later.SweepAsync(CancellationToken.None);
        StartWorker();
        await WaitForBatchAsync();
        await QuietPeriod();

        Assert.Equal(0, now);
        Assert.Equal(2, requeued);
        Assert.Equal(0, again);
        Assert.Single(PostsOf(Key("an")));
        Assert.Single(PostsOf(Key("binh")));
    }

    [Fact]
    public async Task The_sweeper_closes_a_finished_batch_and_an_enqueue_opens_it_again()
    {
        await Outbox.EnqueueAsync(Batch, [ToChat("an")], CancellationToken.None);
        StartWorker();
        await WaitForBatchAsync();

        var openWhileSending = (await Store.GetBatchAsync(Batch, CancellationToken.None))!.Open;
        await SweeperAt(TimeSpan.Zero).SweepAsync(CancellationToken.None);
        var openWhenDone = (await Store.GetBatchAsync(Batch, CancellationToken.None))!.Open;
        await Outbox.EnqueueAsync(Batch, [ToChat("binh")], CancellationToken.None);
        var openWithNewRows = (await Store.GetBatchAsync(Batch, CancellationToken.None))!.Open;

        Assert.True(openWhileSending);
        Assert.False(openWhenDone);
        Assert.True(openWithNewRows);
    }

    [Fact]
    public async Task Stopping_a_worker_lets_its_send_in_flight_finish_and_be_recorded()
    {
        Channel.Script("/v3/conversations/a:1chat-an/activities", new TestSupport.Fakes.ScriptedResponse(200, """{"id":"slow-1"}""", Delay: TimeSpan.FromMilliseconds(600)));
        await Outbox.EnqueueAsync(Batch, [ToChat("an")], CancellationToken.None);
        var worker = StartWorker();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (PostsOf(Key("an")).Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        await worker.DisposeAsync();

        var row = await RowAsync(Key("an"));
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal("slow-1", row.SentActivityId);
    }

    /// <summary>Plays a worker that receives the row's message, claims the row with a short lease, and dies. Returns when the lease lapses.</summary>
    private async Task<DateTimeOffset> DieHoldingAsync(string key)
    {
        ReceivedOutboxMessage? mine = null;
        while (mine is null)
        {
            var received = await Queue.ReceiveAsync(32, DeadLease, CancellationToken.None);
            mine = received.FirstOrDefault(m => m.Body?.Key == key);
            foreach (var other in received.Where(m => m != mine))
            {
                await Queue.DelayAsync(other, TimeSpan.Zero, CancellationToken.None);
            }
        }
        var row = await RowAsync(key);
        var lapsesAt = DateTimeOffset.UtcNow + DeadLease;
        var claimed = await Store.TryReplaceAsync(row with
        {
            Status = OutboxStatus.Sending,
            LeaseOwner = "dead-worker",
            LeaseExpiresAt = lapsesAt,
            Posting = row.ConversationId is not null,
            Attempts = row.Attempts + 1,
        }, CancellationToken.None);
        Assert.NotNull(claimed);
        return lapsesAt;
    }

    private OutboxSweeper SweeperAt(TimeSpan shift) =>
        new(Store, Queue, Service<IOptions<OutboxOptions>>(), new ShiftedTime(shift), NullLogger<OutboxSweeper>.Instance);
}
