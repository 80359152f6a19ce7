using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThiDuaBot.Bot.Hosting;
using ThiDuaBot.Bot.Outbox;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage;
using ThiDuaBot.Storage.Outbox;

namespace ThiDuaBot.Bench;

/// <summary>
/// One run: Azurite and the throttling loopback Connector start; the cards are enqueued through the real outbox;
/// the bot starts in a child process and sends them; with <c>--kill-at</c> it is SIGKILLed part way and started
/// again; the run ends when every row is final. Then it counts, per idempotency key, what the Connector received.
/// </summary>
internal static class FanOut
{
    private const string TenantId = "8c2f4b1e-7a6d-4e3c-b2a1-9f0e8d7c6b5a";
    private const string BotId = "28:bench-bot";
    private const string Batch = "bench|pledge-round-1|launch";

    public static async Task<int> RunAsync(BenchOptions o)
    {
        var root = FindRepositoryRoot();
        var work = Path.Combine(Path.GetTempPath(), "thiduabot-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        var botLog = Path.Combine(work, "bot.log");
        Say($"Work folder {work} (Azurite data, bot.log)");
        try
        {
            await using var azurite = await AzuriteProcess.StartAsync(root, Path.Combine(work, "azurite"), o.AzuriteOnDisk);
            await using var connector = await LoopbackConnector.StartAsync(o.TenantLimit, TimeSpan.FromMilliseconds(o.LatencyMs));
            var prefix = "bench" + Guid.NewGuid().ToString("N")[..8];
            var settings = new Dictionary<string, string?>
            {
                ["ConnectionStrings:Storage"] = azurite.ConnectionString,
                ["Storage:TablePrefix"] = prefix,
                ["Outbox:Enabled"] = "false",
            };
            await using var services = Services(settings);
            await services.GetRequiredService<Tables>().EnsureCreatedAsync(CancellationToken.None);
            await services.GetRequiredService<OutboxQueue>().EnsureCreatedAsync(CancellationToken.None);
            var outbox = services.GetRequiredService<OutboxService>();
            var store = services.GetRequiredService<OutboxStore>();

            // ---- Enqueue ----
            var keys = Enumerable.Range(0, o.Cards).Select(i => OutboxKey.For("bench", "pledge-round-1", $"p{i:D5}", "pledge.individual")).ToList();
            var createEvery = o.CreateShare <= 0 ? int.MaxValue : (int)Math.Round(1 / o.CreateShare);
            var toCreate = Enumerable.Range(0, o.Cards).Count(i => i % createEvery == 0);
            var enqueued = 0;
            var enqueueTime = TimeSpan.Zero;
            async Task EnqueueWaveAsync(int count)
            {
                var clock = Stopwatch.StartNew();
                var end = Math.Min(o.Cards, enqueued + count);
                foreach (var chunk in Enumerable.Range(enqueued, end - enqueued).Chunk(500))
                {
                    var items = chunk.Select(i =>
                    {
                        var recipient = i % createEvery == 0
                            ? OutboxRecipient.NewPersonalChat(connector.ServiceUrl, BotId, $"29:bench-user-{i:D5}", null)
                            : OutboxRecipient.Conversation(connector.ServiceUrl, $"a:bench-chat-{i:D5}");
                        return new OutboxItem(keys[i], TenantId, recipient, Card(keys[i], i));
                    }).ToList();
                    await outbox.EnqueueAsync(Batch, items, CancellationToken.None);
                }
                enqueued = end;
                enqueueTime += clock.Elapsed;
            }
            var wave = o.Wave <= 0 ? o.Cards : o.Wave;
            // What a bot process may hold received (hidden from the others): a wave must wait besides that, and the
            // bot starts with that much and a wave queued, as it would find a whole fan-out queued. A process that was
            // killed holds as much until its messages' visibility ends.
            var heldByOneBot = o.Prefetch + o.Concurrency;
            var deadHoldsUntil = TimeSpan.Zero; // on the run clock
            await EnqueueWaveAsync(wave + heldByOneBot);
            Say($"Enqueued {enqueued} of {o.Cards} cards ({toCreate} of all need a new 1:1 chat) in {enqueueTime.TotalSeconds:F1} s"
                + (enqueued < o.Cards ? $"; the rest follow in waves of {wave}, one whenever fewer than {wave} wait besides the {heldByOneBot} a bot may hold received" : ""));
            Task nextWave = Task.CompletedTask;

            // ---- Send ----
            var botEnvironment = new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["ConnectionStrings__Storage"] = azurite.ConnectionString,
                ["Storage__TablePrefix"] = prefix,
                ["MicrosoftAppId"] = "",
                ["Outbox__TenantRequestsPerSecond"] = o.TenantLimit.ToString(CultureInfo.InvariantCulture),
                ["Outbox__AmbiguousSend"] = o.Ambiguous,
                ["Outbox__Concurrency"] = o.Concurrency.ToString(CultureInfo.InvariantCulture),
                ["Outbox__PrefetchCount"] = o.Prefetch.ToString(CultureInfo.InvariantCulture),
                ["Logging__LogLevel__Default"] = "Warning",
            };
            using var stopWatching = new CancellationTokenSource();
            var stalls = new StallWatch(services.GetRequiredService<OutboxQueue>(), store, Batch, keys[0]);
            var watching = stalls.RunAsync(stopWatching.Token);
            var runClock = Stopwatch.StartNew();
            var bot = BotProcess.Start(botEnvironment, botLog);
            Say($"Bot started (pid {bot.Id}); Outbox:AmbiguousSend={o.Ambiguous}");
            int? leftSending = null;
            TimeSpan down = TimeSpan.Zero;
            var deadline = DateTime.UtcNow.AddMinutes(o.TimeoutMinutes);
            var lastReport = Stopwatch.StartNew();
            var lastFull = Stopwatch.StartNew();
            var lastChange = Stopwatch.StartNew();
            var lastDelivered = 0L;
            OutboxProgress progress;
            while (true)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200));
                if (o.KillAt > 0 && leftSending is null && connector.Delivered >= o.KillAt * o.Cards)
                {
                    await bot.KillAsync();
                    var killedAt = runClock.Elapsed;
                    var atKill = await outbox.GetProgressAsync(Batch, CancellationToken.None);
                    leftSending = atKill.Count(OutboxStatus.Sending);
                    Say($"SIGKILL at {killedAt.TotalSeconds:F1} s with {connector.Delivered} cards received; rows left 'sending' by the dead process: {leftSending}");
                    await bot.DisposeAsync();
                    await Task.Delay(TimeSpan.FromSeconds(o.DownSeconds));
                    down = runClock.Elapsed - killedAt;
                    bot = BotProcess.Start(botEnvironment, botLog);
                    deadHoldsUntil = killedAt + new OutboxOptions().LeaseDuration; // the bot runs with the default lease
                    Say($"Bot restarted (pid {bot.Id})");
                }
                var holders = runClock.Elapsed < deadHoldsUntil ? 2 : 1;
                if (enqueued < o.Cards && nextWave.IsCompleted && enqueued - connector.Delivered < wave + holders * heldByOneBot)
                {
                    await nextWave; // surface a failed wave
                    nextWave = EnqueueWaveAsync(wave);
                }
                if (connector.Delivered != lastDelivered)
                {
                    lastDelivered = connector.Delivered;
                    lastChange.Restart();
                }
                if (lastReport.Elapsed > TimeSpan.FromSeconds(10))
                {
                    lastReport.Restart();
                    Say($"{runClock.Elapsed.TotalSeconds,6:F0} s  received {connector.Delivered,6}  429s {connector.Throttled,4}  queue stalls so far {stalls.Total.TotalSeconds:F0} s");
                }
                // Reading the whole 10,000-row partition is slow on Azurite and slows the bot's own storage calls, so
                // the outbox's progress is read only once everything arrived or arrivals stopped.
                if ((connector.Delivered >= o.Cards || lastChange.Elapsed > TimeSpan.FromSeconds(20)) && lastFull.Elapsed > TimeSpan.FromSeconds(20))
                {
                    var queryClock = Stopwatch.StartNew();
                    progress = await outbox.GetProgressAsync(Batch, CancellationToken.None);
                    lastFull.Restart();
                    Say($"{runClock.Elapsed.TotalSeconds,6:F0} s  outbox: {Counts(progress)} (read in {queryClock.Elapsed.TotalSeconds:F1} s)");
                    if (progress.IsComplete)
                    {
                        break;
                    }
                }
                if (DateTime.UtcNow > deadline)
                {
                    Say("Timed out");
                    break;
                }
            }
            await nextWave;
            await stopWatching.CancelAsync();
            await watching;
            Say($"Enqueueing took {enqueueTime.TotalSeconds:F1} s in all");
            await Task.Delay(TimeSpan.FromSeconds(2)); // anything still on the wire lands
            await bot.DisposeAsync();
            progress = await outbox.GetProgressAsync(Batch, CancellationToken.None);
            Report(o, connector, progress, keys, toCreate, down, leftSending, stalls);
            return progress.IsComplete ? 0 : 1;
        }
        finally
        {
            try
            {
                Directory.Delete(Path.Combine(work, "azurite"), recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static void Report(BenchOptions o, LoopbackConnector connector, OutboxProgress progress, IReadOnlyList<string> keys, int toCreate, TimeSpan down, int? leftSending, StallWatch stalls)
    {
        var (first, last) = connector.ActiveTimestamps;
        var deliveries = connector.Deliveries;
        var once = keys.Count(k => deliveries.GetValueOrDefault(k) == 1);
        var twice = keys.Count(k => deliveries.GetValueOrDefault(k) > 1);
        var extra = keys.Sum(k => Math.Max(0, deliveries.GetValueOrDefault(k) - 1));
        var never = keys.Where(k => deliveries.GetValueOrDefault(k) == 0).ToHashSet();
        var reported = progress.Problems.ToDictionary(p => p.Key, p => p.Status);
        var uncertainDelivered = reported.Count(p => p.Value == OutboxStatus.Uncertain && !never.Contains(p.Key));
        var neverButReported = never.Count(k => reported.ContainsKey(k));
        var silentlyLost = never.Count - neverButReported;

        var span = connector.ActiveSpan;
        var sending = span - down;
        var rate = connector.Accepted / sending.TotalSeconds;
        var allowed = o.TenantLimit;
        Console.WriteLine();
        Console.WriteLine("| measure | value |");
        Console.WriteLine("| --- | --- |");
        Console.WriteLine($"| cards (1:1 chats created first) | {keys.Count} ({toCreate}) |");
        Console.WriteLine($"| Connector calls accepted (posts + creates) | {connector.Accepted} ({connector.Delivered} + {connector.Created}) |");
        Console.WriteLine($"| 429 answered | {connector.Throttled}{(connector.Throttled > 0 ? " (at " + string.Join(", ", connector.ThrottledAt.Take(12).Select(t => $"{t.TotalSeconds:F1}")) + " s)" : "")} |");
        Console.WriteLine($"| first to last accepted call | {span.TotalSeconds:F1} s{(down > TimeSpan.Zero ? $" (of which {down.TotalSeconds:F1} s with no bot)" : "")} |");
        Console.WriteLine($"| achieved rate{(down > TimeSpan.Zero ? " (bot up)" : "")} | {rate:F1} calls/s = {100 * rate / allowed:F1}% of the {allowed}/s allowed |");
        Console.WriteLine($"| Azurite queue stalls between the first and the last accepted call (a queue call taking over 1 s) | {stalls.Within(first, last).TotalSeconds:F1} s |");
        Console.WriteLine($"| Azurite table stalls in that time (a table read taking over 1 s) | {stalls.TableWithin(first, last).TotalSeconds:F1} s |");
        var seconds = connector.PerSecond.Skip(1).SkipLast(1).Where(n => n > 0).Order().ToList();
        if (seconds.Count > 0)
        {
            Console.WriteLine($"| calls accepted per whole second (min / median / max, first and last second left out) | {seconds[0]} / {seconds[seconds.Count / 2]} / {seconds[^1]} |");
            var inner = connector.PerSecond.Skip(1).SkipLast(1).ToList();
            Console.WriteLine($"| whole seconds with 45 or more / 35–44 / 25–34 / under 25 calls accepted | {inner.Count(n => n >= 45)} / {inner.Count(n => n is >= 35 and < 45)} / {inner.Count(n => n is >= 25 and < 35)} / {inner.Count(n => n < 25)} |");
        }
        Console.WriteLine($"| cards delivered exactly once | {once} |");
        Console.WriteLine($"| duplicated (cards / extra copies) | {twice} / {extra} |");
        Console.WriteLine($"| never delivered, reported (uncertain/failed/unreachable) | {neverButReported} |");
        Console.WriteLine($"| never delivered and not reported (lost) | {silentlyLost} |");
        Console.WriteLine($"| outbox rows | {Counts(progress)} |");
        Console.WriteLine($"| uncertain rows that Teams did get | {uncertainDelivered} |");
        if (leftSending is not null)
        {
            Console.WriteLine($"| rows the killed process left 'sending' | {leftSending} |");
        }
        Console.WriteLine();
        Console.WriteLine("Queue stalls (from the first accepted call): " + Spans(stalls.QueueStalls(first, last)));
        Console.WriteLine("Table stalls: " + Spans(stalls.TableStalls(first, last)));
        Console.WriteLine($"Lulls (2 s or more in a row with fewer than {allowed / 2} calls accepted a second): " + Spans(Lulls(connector.PerSecond, allowed / 2)));
    }

    private static string Spans(IReadOnlyList<(TimeSpan Start, TimeSpan Length)> spans) =>
        spans.Count == 0 ? "none" : string.Join(", ", spans.Select(s => $"{s.Start.TotalSeconds:F0} s +{s.Length.TotalSeconds:F1} s"));

    /// <summary>Runs of whole seconds (the first and the last left out) with fewer than <paramref name="below"/> calls accepted.</summary>
    private static List<(TimeSpan Start, TimeSpan Length)> Lulls(IReadOnlyList<int> perSecond, int below)
    {
        var lulls = new List<(TimeSpan, TimeSpan)>();
        var start = -1;
        for (var second = 1; second <= perSecond.Count - 1; second++)
        {
            var low = second < perSecond.Count - 1 && perSecond[second] < below;
            if (low && start < 0)
            {
                start = second;
            }
            else if (!low && start >= 0)
            {
                if (second - start >= 2)
                {
                    lulls.Add((TimeSpan.FromSeconds(start), TimeSpan.FromSeconds(second - start)));
                }
                start = -1;
            }
        }
        return lulls;
    }

    private static string Counts(OutboxProgress progress) =>
        string.Join(", ", Enum.GetValues<OutboxStatus>().Where(s => progress.Count(s) > 0).Select(s => $"{s.ToString().ToLowerInvariant()} {progress.Count(s)}"));

    /// <summary>A small pledge-like card; the idempotency key rides in the action's data so the Connector can trace it.</summary>
    private static Activity Card(string key, int i) => new()
    {
        Type = ActivityTypes.Message,
        ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        Attachments =
        [
            new Attachment
            {
                ContentType = "application/vnd.microsoft.card.adaptive",
                Content = new JsonObject
                {
                    ["type"] = "AdaptiveCard",
                    ["version"] = "1.5",
                    ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = $"Đăng ký thi đua năm 2026 — người {i}", ["wrap"] = true }),
                    ["actions"] = new JsonArray(new JsonObject
                    {
                        ["type"] = "Action.Execute",
                        ["title"] = "Đăng ký",
                        ["verb"] = "pledge.open",
                        ["data"] = new JsonObject { ["key"] = key },
                    }),
                },
            },
        ],
    };

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IConnectorTokenProvider, AnonymousTokenProvider>();
        services.AddBotStorage(configuration);
        services.AddOutbox(configuration);
        return services.BuildServiceProvider();
    }

    internal static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ThiDuaBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("Run the benchmark from inside the repository (ThiDuaBot.sln not found).");
    }

    private static void Say(string line) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");
}
