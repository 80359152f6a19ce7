using System.Globalization;

namespace ThiDuaBot.Bench;

/// <summary>The benchmark's command line: <c>--name value</c> pairs, all optional.</summary>
internal sealed record BenchOptions
{
    /// <summary>Cards to fan out, one per person.</summary>
    public int Cards { get; init; } = 10_000;
    /// <summary>Share of people with no stored personal chat, for whom the bot creates the 1:1 chat first.</summary>
    public double CreateShare { get; init; } = 0.1;
    /// <summary>How long the loopback Connector takes to answer an accepted call.</summary>
    public int LatencyMs { get; init; } = 100;
    /// <summary>Teams' per-tenant limit the loopback Connector enforces, and the bot is told.</summary>
    public int TenantLimit { get; init; } = 50;
    /// <summary>Kill the bot process (SIGKILL) once this share of the cards was received; 0: no kill.</summary>
    public double KillAt { get; init; }
    /// <summary>Seconds between the kill and the restart.</summary>
    public int DownSeconds { get; init; } = 3;
    /// <summary>Outbox:AmbiguousSend for the bot: Resend or MarkUncertain.</summary>
    public string Ambiguous { get; init; } = "Resend";
    /// <summary>Outbox:Concurrency for the bot.</summary>
    public int Concurrency { get; init; } = 64;
    /// <summary>Outbox:PrefetchCount for the bot: queue messages it keeps received ahead of its senders.</summary>
    public int Prefetch { get; init; } = 1000;
    /// <summary>
    /// Enqueue this many cards at a time, the next wave when fewer than a wave wait besides what the bot may hold
    /// received (0: all at once). Azurite's queue service does work in proportion to the messages it holds on every
    /// call, so 10,000 waiting messages make it the bottleneck; Azure Storage has no such cost.
    /// </summary>
    public int Wave { get; init; } = 500;
    /// <summary>Azurite keeps its data on disk (<c>--location</c>) instead of in memory.</summary>
    public bool AzuriteOnDisk { get; init; }
    /// <summary>Give up after this many minutes.</summary>
    public int TimeoutMinutes { get; init; } = 30;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--cards" => options with { Cards = int.Parse(value, CultureInfo.InvariantCulture) },
                "--create-share" => options with { CreateShare = double.Parse(value, CultureInfo.InvariantCulture) },
                "--latency-ms" => options with { LatencyMs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--tenant-limit" => options with { TenantLimit = int.Parse(value, CultureInfo.InvariantCulture) },
                "--kill-at" => options with { KillAt = double.Parse(value, CultureInfo.InvariantCulture) },
                "--down-seconds" => options with { DownSeconds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--ambiguous" => options with { Ambiguous = value },
                "--concurrency" => options with { Concurrency = int.Parse(value, CultureInfo.InvariantCulture) },
                "--prefetch" => options with { Prefetch = int.Parse(value, CultureInfo.InvariantCulture) },
                "--wave" => options with { Wave = int.Parse(value, CultureInfo.InvariantCulture) },
                "--azurite-disk" => options with { AzuriteOnDisk = bool.Parse(value) },
                "--timeout-minutes" => options with { TimeoutMinutes = int.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {name}"),
            };
        }
        if (options.Cards < 1 || options.CreateShare is < 0 or > 1 || options.KillAt is < 0 or >= 1 || options.TenantLimit < 1)
        {
            throw new ArgumentException("--cards ≥ 1, --create-share in [0,1], --kill-at in [0,1), --tenant-limit ≥ 1");
        }
        return options;
    }
}
