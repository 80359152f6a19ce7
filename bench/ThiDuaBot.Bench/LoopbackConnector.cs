using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
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
/// A Bot Framework Connector on 127.0.0.1 (plain http) that throttles like Teams' documented limits, per bot per
/// conversation (7/1 s, 8/2 s, 60/30 s, 1800/h, for sends and for creating a chat) and per app per tenant
/// (<c>--tenant-limit</c> per second), answering 429 with <c>Retry-After</c> (whole seconds, as Teams does) when a
/// call does not fit. It records every accepted activity by the idempotency key the bench puts in the card's data,
/// at the moment it accepts it: an activity counts as delivered even if the bot dies before reading the answer.
/// </summary>
internal sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TimeSpan _latency;
    private readonly object _gate = new();
    private readonly ExactWindows _tenants;
    private readonly ExactWindows _conversations = new(
    [
        (7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1)),
    ]);
    private readonly ConcurrentDictionary<string, int> _deliveries = new(StringComparer.Ordinal);
    private long _accepted;
    private long _created;
    private long _throttled;
    private readonly ConcurrentDictionary<long, int> _perSecond = new();
    private readonly ConcurrentQueue<TimeSpan> _throttledAt = new();
    private long _firstAcceptedTicks;
    private long _lastAcceptedTicks;

    private LoopbackConnector(WebApplication app, int tenantLimit, TimeSpan latency)
    {
        _app = app;
        _latency = latency;
        _tenants = new ExactWindows([(tenantLimit, TimeSpan.FromSeconds(1))]);
    }

    public string ServiceUrl { get; private set; } = "";

    /// <summary>Accepted calls: activities posted plus chats created (both count against the tenant's limit).</summary>
    public long Accepted => Interlocked.Read(ref _accepted);
    public long Created => Interlocked.Read(ref _created);
    public long Throttled => Interlocked.Read(ref _throttled);
    public long Delivered => _deliveries.Values.Sum();
    public IReadOnlyDictionary<string, int> Deliveries => _deliveries;

    /// <summary>When each 429 was answered, from the first accepted call.</summary>
    public IReadOnlyList<TimeSpan> ThrottledAt => [.. _throttledAt];

    /// <summary>Accepted calls in each whole second since the first, in order.</summary>
    public IReadOnlyList<int> PerSecond
    {
        get
        {
            if (_perSecond.IsEmpty)
            {
                return [];
            }
            var last = _perSecond.Keys.Max();
            return Enumerable.Range(0, (int)last + 1).Select(s => _perSecond.GetValueOrDefault(s)).ToList();
        }
    }

    /// <summary>The <see cref="Stopwatch"/> timestamps of the first and the last accepted call.</summary>
    public (long First, long Last) ActiveTimestamps => (Interlocked.Read(ref _firstAcceptedTicks), Interlocked.Read(ref _lastAcceptedTicks));

    /// <summary>From the first accepted call to the last.</summary>
    public TimeSpan ActiveSpan
    {
        get
        {
            var first = Interlocked.Read(ref _firstAcceptedTicks);
            return first == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(first, Interlocked.Read(ref _lastAcceptedTicks));
        }
    }

    public static async Task<LoopbackConnector> StartAsync(int tenantLimit, TimeSpan latency)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new LoopbackConnector(app, tenantLimit, latency);
        app.MapPost("/v3/conversations", (Delegate)connector.CreateConversationAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", (Delegate)connector.SendToConversationAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    private async Task<IResult> CreateConversationAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body).ConfigureAwait(false);
        var tenant = body?["tenantId"]?.GetValue<string>() ?? "?";
        var member = body?["members"]?[0]?["id"]?.GetValue<string>() ?? "?";
        if (Admit(context, tenant, "create:" + member) is { } refused)
        {
            return refused;
        }
        Interlocked.Increment(ref _created);
        await Task.Delay(_latency).ConfigureAwait(false);
        // Teams gives a bot and a person one 1:1 chat: creating it again returns the same id.
        return Results.Json(new { id = "a:bench-chat-" + member }, statusCode: 201);
    }

    private async Task<IResult> SendToConversationAsync(HttpContext context, string conversationId)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body).ConfigureAwait(false);
        var tenant = body?["channelData"]?["tenant"]?["id"]?.GetValue<string>() ?? "?";
        if (Admit(context, tenant, conversationId) is { } refused)
        {
            return refused;
        }
        var key = body?["attachments"]?[0]?["content"]?["actions"]?[0]?["data"]?["key"]?.GetValue<string>() ?? "(no key)";
        _deliveries.AddOrUpdate(key, 1, (_, n) => n + 1);
        await Task.Delay(_latency).ConfigureAwait(false);
        return Results.Json(new { id = "1:bench-" + Guid.NewGuid().ToString("N")[..12] }, statusCode: 201);
    }

    /// <summary>Counts the call against its tenant and conversation, or answers 429 when either is full.</summary>
    private IResult? Admit(HttpContext context, string tenant, string conversation)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            var wait = Max(_tenants.Check(tenant, now), _conversations.Check(conversation, now));
            if (wait is { } retryAfter)
            {
                Interlocked.Increment(ref _throttled);
                _throttledAt.Enqueue(Stopwatch.GetElapsedTime(Interlocked.Read(ref _firstAcceptedTicks), now));
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return Results.Json(new { error = new { code = "Throttled", message = "Too many requests" } }, statusCode: 429);
            }
            _tenants.Record(tenant, now);
            _conversations.Record(conversation, now);
        }
        Interlocked.Increment(ref _accepted);
        Interlocked.CompareExchange(ref _firstAcceptedTicks, now, 0);
        _perSecond.AddOrUpdate((now - Interlocked.Read(ref _firstAcceptedTicks)) / Stopwatch.Frequency, 1, (_, n) => n + 1);
        Interlocked.Exchange(ref _lastAcceptedTicks, now);
        return null;
    }

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
