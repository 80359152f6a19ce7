using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaBot.Bot.Outbox;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Outbox;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Outbox;

/// <summary>
/// The real bot with its outbox worker, on Azurite's queues and tables and the fake Teams channel, with short
/// timings so the tests run in seconds: polls every 50 ms, retries after 100 ms, leases of 3 s.
/// </summary>
public abstract class OutboxTestBase : BotTestBase
{
    protected const string Batch = "campaign-2026|pledge-round-1|launch";

    protected static readonly IReadOnlyDictionary<string, string?> FastOutbox = new Dictionary<string, string?>
    {
        ["Outbox:PollInterval"] = "00:00:00.050",
        ["Outbox:RetryBaseDelay"] = "00:00:00.100",
        ["Outbox:SendTimeout"] = "00:00:01",
        ["Outbox:LeaseDuration"] = "00:00:03",
        ["Outbox:StaleAfter"] = "00:00:03",
        ["Outbox:SweepInterval"] = "01:00:00",
    };

    protected override IReadOnlyDictionary<string, string?>? Settings => With(FastOutbox, ExtraSettings);

    /// <summary>Settings a test class adds to <see cref="FastOutbox"/>.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected OutboxService Outbox => Service<OutboxService>();
    protected OutboxStore Store => Service<OutboxStore>();
    protected OutboxQueue Queue => Service<OutboxQueue>();

    protected static IReadOnlyDictionary<string, string?> With(IReadOnlyDictionary<string, string?> settings, IReadOnlyDictionary<string, string?> more)
    {
        var all = new Dictionary<string, string?>(settings);
        foreach (var (key, value) in more)
        {
            all[key] = value;
        }
        return all;
    }

    protected static string Key(string person, string kind = "pledge.individual") => OutboxKey.For("campaign-2026", "pledge-round-1", person, kind);

    protected static string ChatOf(string person) => "a:1chat-" + person;

    /// <summary>A pledge-card-like message, the key in the card's data so a recorded send can be traced to its row.</summary>
    protected static Activity Card(string key) => new()
    {
        Type = ActivityTypes.Message,
        Summary = "Đăng ký thi đua năm 2026",
        Attachments =
        [
            new Attachment
            {
                ContentType = "application/vnd.microsoft.card.adaptive",
                Content = new JsonObject
                {
                    ["type"] = "AdaptiveCard",
                    ["version"] = "1.5",
                    ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "Đăng ký thi đua", ["wrap"] = true }),
                    ["actions"] = new JsonArray(new JsonObject
                    {
                        ["type"] = "Action.Execute",
                        ["verb"] = "pledge.open",
                        ["data"] = new JsonObject { ["key"] = key },
                    }),
                },
            },
        ],
    };

    protected OutboxItem ToChat(string person) =>
        new(Key(person), BotApplication.TenantId, OutboxRecipient.Conversation(Channel.ServiceUrl, ChatOf(person)), Card(Key(person)));

    protected OutboxItem ToNewChat(string person) =>
        new(Key(person), BotApplication.TenantId, OutboxRecipient.NewPersonalChat(Channel.ServiceUrl, TeamsActivities.BotId, "29:1user-" + person, null), Card(Key(person)));

    /// <summary>Posts of activities the fake Connector recorded, by the key in their card.</summary>
    protected IReadOnlyList<RecordedRequest> PostsOf(string key) =>
        SentActivities().Where(r => r.Method == "POST" && KeyIn(r) == key).ToList();

    protected static string? KeyIn(RecordedRequest request) =>
        request.BodyObject?["attachments"]?[0]?["content"]?["actions"]?[0]?["data"]?["key"]?.GetValue<string>();

    protected IReadOnlyList<RecordedRequest> Creates() =>
        Channel.ConnectorRequests.Where(r => r.Method == "POST" && r.Path == "/v3/conversations").ToList();

    protected async Task<OutboxRecord> RowAsync(string key) =>
        await Store.GetAsync(Batch, key, CancellationToken.None) ?? throw new InvalidOperationException("no row for " + key);

    /// <summary>Waits until every row of the batch is final (sent, unreachable, failed, uncertain).</summary>
    protected async Task<OutboxProgress> WaitForBatchAsync(TimeSpan? timeout = null, string batch = Batch)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            var progress = await Outbox.GetProgressAsync(batch, CancellationToken.None);
            if (progress.Total > 0 && progress.IsComplete)
            {
                return progress;
            }
            if (stopwatch.Elapsed > (timeout ?? TimeSpan.FromSeconds(15)))
            {
                throw new TimeoutException("batch not complete: " + string.Join(", ", progress.Counts.Select(c => $"{c.Key}={c.Value}")));
            }
            await Task.Delay(50);
        }
    }

    /// <summary>Long enough for a worker polling every 50 ms to have acted on anything it was going to act on.</summary>
    protected static Task QuietPeriod() => Task.Delay(TimeSpan.FromMilliseconds(600));
}
