using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ThiDuaBot.Bench;

/// <summary>
/// <c>ThiDuaBot.Bench inbound</c>: <c>/api/messages</c> under load (issue 12). The bot in a child process (Development,
/// no channel tokens, on Azurite) answers plain messages; a loopback Connector takes its replies. Each round posts as
/// fast as <c>--connections</c> clients can for <c>--seconds</c>, either every message into ONE conversation (a busy
/// council channel: mentions from many people, each in its own thread) or each into a NEW personal chat, alternating
/// the two; it reports requests/s, p50/p99 latency, the answers by status and the replies the Connector received.
/// </summary>
internal static class Inbound
{
    private const string TenantId = Rollups.TenantId;
    private const string BotId = "28:bench-bot";

    public static async Task<int> RunAsync(InboundOptions o)
    {
        var root = FanOut.FindRepositoryRoot();
        var work = Path.Combine(Path.GetTempPath(), "thiduabot-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        Say($"Work folder {work} (Azurite data, bot log)");
        try
        {
            await using var azurite = await AzuriteProcess.StartAsync(root, Path.Combine(work, "azurite"), o.AzuriteOnDisk);
            await using var connector = await ReplyConnector.StartAsync();
            var port = FreePort();
            var botEnvironment = new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["ConnectionStrings__Storage"] = azurite.ConnectionString,
                ["Storage__TablePrefix"] = "bench" + Guid.NewGuid().ToString("N")[..8],
                ["MicrosoftAppId"] = "",
                ["AllowedTenants"] = TenantId,
                ["Outbox__Enabled"] = "false",
                ["Reminders__Enabled"] = "false",
                ["Logging__LogLevel__Default"] = "Warning",
            };
            var botLog = Path.Combine(work, "bot.log");
            await using var bot = BotProcess.Start(botEnvironment, botLog);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = o.Connections.Max(), PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
                Timeout = TimeSpan.FromSeconds(30),
            };
            await WaitUntilUpAsync(http, connector.ServiceUrl);
            Say($"Bot {bot.Id} up on port {port}; warming up");
            await RoundAsync(http, connector, Mode.Many, 4, TimeSpan.FromSeconds(3), "warm-up");

            var results = new List<RoundResult>();
            for (var round = 1; round <= o.Rounds; round++)
            {
                foreach (var connections in o.Connections)
                {
                    foreach (var mode in new[] { Mode.One, Mode.Many })
                    {
                        var result = await RoundAsync(http, connector, mode, connections, TimeSpan.FromSeconds(o.Seconds), $"r{round}") with { Round = round };
                        results.Add(result);
                        Say(result.Line());
                    }
                }
            }
            var peak = PeakResidentMegabytes(bot.Id);
            Console.WriteLine();
            Console.WriteLine($"| conversations | connections | requests/s (median of {o.Rounds}) | p50 ms | p99 ms | answers | non-2xx | replies at the Connector |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var group in results.GroupBy(r => (r.Mode, r.Connections)))
            {
                var median = group.OrderBy(r => r.RequestsPerSecond).ElementAt(group.Count() / 2);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {(group.Key.Mode == Mode.One ? "one (channel)" : "many (personal)")} | {group.Key.Connections} | {median.RequestsPerSecond:F0} | {median.P50:F1} | {median.P99:F1} | {group.Sum(r => r.Requests)} | {group.Sum(r => r.NonSuccess)} | {group.Sum(r => r.Replies)} |"));
            }
            Console.WriteLine();
            Console.WriteLine($"Bot peak resident memory: {peak} MB. Statuses over all rounds: {string.Join(", ", results.SelectMany(r => r.Statuses).GroupBy(s => s.Key).Select(g => $"{g.Key} × {g.Sum(s => s.Value)}"))}");
            var errors = File.ReadLines(botLog).Count(line => line.Contains("fail:", StringComparison.Ordinal) || line.Contains("crit:", StringComparison.Ordinal));
            Console.WriteLine($"Error lines in the bot log: {errors}");
            return results.Sum(r => r.NonSuccess) == 0 && errors == 0 ? 0 : 1;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private enum Mode
    {
        One,
        Many,
    }

    private sealed record RoundResult(Mode Mode, int Connections, long Requests, double RequestsPerSecond, double P50, double P99, long NonSuccess, long Replies, IReadOnlyDictionary<int, long> Statuses)
    {
        public int Round { get; init; }

        public string Line() => string.Create(CultureInfo.InvariantCulture,
            $"round {Round} {Mode,-4} {Connections,3} connections: {Requests} requests, {RequestsPerSecond:F0}/s, p50 {P50:F1} ms, p99 {P99:F1} ms, non-2xx {NonSuccess}, replies {Replies}");
    }

    private static long _sequence;

    private static async Task<RoundResult> RoundAsync(HttpClient http, ReplyConnector connector, Mode mode, int connections, TimeSpan length, string label)
    {
        var repliesBefore = connector.Replies;
        var statuses = new ConcurrentDictionary<int, long>();
        var latencies = new ConcurrentBag<double>();
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(async worker =>
        {
            while (stopwatch.Elapsed < length)
            {
                var n = Interlocked.Increment(ref _sequence);
                var body = mode == Mode.One ? ChannelMention(connector.ServiceUrl, n, label) : PersonalMessage(connector.ServiceUrl, n, label);
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                var started = Stopwatch.GetTimestamp();
                int status;
                try
                {
                    using var response = await http.PostAsync("api/messages", content).ConfigureAwait(false);
                    status = (int)response.StatusCode;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    status = 0;
                }
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                statuses.AddOrUpdate(status, 1, (_, c) => c + 1);
            }
        }).ToList();
        await Task.WhenAll(workers).ConfigureAwait(false);
        var elapsed = stopwatch.Elapsed;
        // Replies are sent before the answer, so they are all in; a short pause covers the Connector's own bookkeeping.
        await Task.Delay(200).ConfigureAwait(false);
        var sorted = latencies.OrderBy(l => l).ToArray();
        var requests = statuses.Values.Sum();
        return new RoundResult(mode, connections, requests, requests / elapsed.TotalSeconds,
            Percentile(sorted, 0.50), Percentile(sorted, 0.99), statuses.Where(s => s.Key is < 200 or > 299).Sum(s => s.Value),
            connector.Replies - repliesBefore, statuses);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>A mention of the bot in the council channel, by one of 200 people, as its own thread.</summary>
    private static string ChannelMention(string serviceUrl, long n, string label) => new JsonObject
    {
        ["type"] = "message",
        ["id"] = $"{label}-{n}",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:bench-user-{n % 200}", ["name"] = $"Người thứ {n % 200}", ["aadObjectId"] = $"00000000-0000-4000-8000-{n % 200:D12}" },
        ["conversation"] = new JsonObject
        {
            ["isGroup"] = true,
            ["conversationType"] = "channel",
            ["tenantId"] = TenantId,
            ["id"] = $"19:bench-council@thread.tacv2;messageid={n}",
        },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "ThiDuaBot" },
        ["textFormat"] = "plain",
        ["locale"] = n % 2 == 0 ? "vi-VN" : "en-US",
        ["text"] = "<at>ThiDuaBot</at> xin chào",
        ["entities"] = new JsonArray(new JsonObject
        {
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "ThiDuaBot" },
            ["text"] = "<at>ThiDuaBot</at>",
            ["type"] = "mention",
        }),
        ["channelData"] = new JsonObject
        {
            ["teamsChannelId"] = "19:bench-council@thread.tacv2",
            ["teamsTeamId"] = "19:bench-council@thread.tacv2",
            ["channel"] = new JsonObject { ["id"] = "19:bench-council@thread.tacv2" },
            ["team"] = new JsonObject { ["id"] = "19:bench-council@thread.tacv2" },
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        },
    }.ToJsonString();

    /// <summary>A message in a personal chat no one has used before.</summary>
    private static string PersonalMessage(string serviceUrl, long n, string label) => new JsonObject
    {
        ["type"] = "message",
        ["id"] = $"{label}-{n}",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:bench-{label}-{n}", ["name"] = $"Người thứ {n}", ["aadObjectId"] = Guid.NewGuid().ToString() },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TenantId, ["id"] = $"a:bench-{label}-{n}" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "ThiDuaBot" },
        ["textFormat"] = "plain",
        ["locale"] = "vi-VN",
        ["text"] = "xin chào",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    }.ToJsonString();

    private static async Task WaitUntilUpAsync(HttpClient http, string serviceUrl)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var content = new StringContent(PersonalMessage(serviceUrl, 0, "up"), Encoding.UTF8, "application/json");
                using var response = await http.PostAsync("api/messages", content).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            if (waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new InvalidOperationException("the bot did not answer within 60 s (see its log)");
            }
            await Task.Delay(250).ConfigureAwait(false);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>VmHWM of the process (Linux), in MB; 0 where it cannot be read.</summary>
    private static long PeakResidentMegabytes(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            return 0;
        }
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static void Say(string line) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");

    /// <summary>A Connector on 127.0.0.1 that takes every send and reply at once and counts them.</summary>
    private sealed class ReplyConnector : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private long _replies;

        private ReplyConnector(WebApplication app) => _app = app;

        public string ServiceUrl { get; private set; } = "";

        public long Replies => Interlocked.Read(ref _replies);

        public static async Task<ReplyConnector> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            var connector = new ReplyConnector(app);
            app.MapPost("/v3/conversations/{conversationId}/activities", (Delegate)connector.AcceptAsync);
            app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (Delegate)connector.AcceptAsync);
            await app.StartAsync().ConfigureAwait(false);
            connector.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
            return connector;
        }

        private async Task<IResult> AcceptAsync(HttpContext context)
        {
            await context.Request.Body.CopyToAsync(Stream.Null).ConfigureAwait(false);
            Interlocked.Increment(ref _replies);
            return Results.Json(new { id = "1:reply" }, statusCode: 201);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }
}

/// <summary>Options of <see cref="Inbound"/>.</summary>
internal sealed record InboundOptions(IReadOnlyList<int> Connections, int Seconds, int Rounds, bool AzuriteOnDisk)
{
    public static InboundOptions Parse(string[] args)
    {
        var o = new InboundOptions([16, 64], 10, 3, false);
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "--connections" => o with { Connections = value.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList() },
                "--seconds" => o with { Seconds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--rounds" => o with { Rounds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--azurite-disk" => o with { AzuriteOnDisk = bool.Parse(value) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        if (o.Connections.Count == 0 || o.Connections.Any(c => c is < 1 or > 1024) || o.Seconds < 1 || o.Rounds < 1)
        {
            throw new ArgumentException("connections 1–1024, seconds ≥ 1, rounds ≥ 1");
        }
        return o;
    }
}
