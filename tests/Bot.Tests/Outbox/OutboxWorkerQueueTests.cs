using Stopwatch = System.Diagnostics.Stopwatch;
using ThiDuaBot.Storage.Outbox;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Outbox;

/// <summary>
/// The worker's background deletes, seen from the queue service: the test's own
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

    private BotApplication StartWorker(QueueTraffic traffic, IReadOnlyDictionary<string, string?> settings)
    {
        var worker = CreateInstanceOnSameStorage(With(FastOutbox, settings), services => QueueTraffic.Route(services, traffic));
        _ = worker.Services; // start it
        return worker;
    }

    private static List<string> People(int count) => Enumerable.Range(1, count).Select(i => $"p{i:D3}").ToList();

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
