using System.Globalization;

namespace ThiDuaBot.Bench;

/// <summary>The command line of <c>ThiDuaBot.Bench rollups</c>: <c>--name value</c> pairs, all optional.</summary>
internal sealed record RollupOptions
{
    /// <summary>People on the roster, spread evenly over the units; each unit's first person is its head.</summary>
    public int People { get; init; } = 10_000;
    public int Units { get; init; } = 200;
    /// <summary>Share of people who reported for the month.</summary>
    public double ReportShare { get; init; } = 0.8;
    /// <summary>Share of people whose report puts forward a good deed (among those who reported).</summary>
    public double DeedShare { get; init; } = 0.1;
    /// <summary>How many times every roll-up is built (the first run includes the JIT and cold connections).</summary>
    public int Runs { get; init; } = 3;
    /// <summary>Azurite keeps its data on disk (<c>--location</c>) instead of in memory.</summary>
    public bool AzuriteOnDisk { get; init; } = true;

    public static RollupOptions Parse(IReadOnlyList<string> args)
    {
        var options = new RollupOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--people" => options with { People = int.Parse(value, CultureInfo.InvariantCulture) },
                "--units" => options with { Units = int.Parse(value, CultureInfo.InvariantCulture) },
                "--report-share" => options with { ReportShare = double.Parse(value, CultureInfo.InvariantCulture) },
                "--deed-share" => options with { DeedShare = double.Parse(value, CultureInfo.InvariantCulture) },
                "--runs" => options with { Runs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--azurite-disk" => options with { AzuriteOnDisk = bool.Parse(value) },
                _ => throw new ArgumentException($"unknown option {name}"),
            };
        }
        if (options.Units < 1 || options.People < options.Units || options.People > 20_000 || options.Runs < 1
            || options.ReportShare is < 0 or > 1 || options.DeedShare is < 0 or > 1)
        {
            throw new ArgumentException("--units ≥ 1, --units ≤ --people ≤ 20000, --runs ≥ 1, shares in [0,1]");
        }
        return options;
    }
}
