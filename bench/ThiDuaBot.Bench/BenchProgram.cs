namespace ThiDuaBot.Bench;

/// <summary>
/// <c>ThiDuaBot.Bench [--cards N] [--kill-at 0.5] …</c>: the outbox fan-out benchmark (see docs/benchmarks.md).
/// <c>ThiDuaBot.Bench rollups [--people 10000] [--units 200] …</c>: the unit heads' month roll-up benchmark.
/// <c>ThiDuaBot.Bench digest [--people 10000] [--units 200] …</c>: the council digest benchmark, 12 months of reports.
/// <c>ThiDuaBot.Bench inbound [--connections 16,64] [--seconds 10] …</c>: <c>/api/messages</c> under load, one conversation and many.
/// <c>ThiDuaBot.Bench bot</c>: runs the bot itself; the benchmark starts (and kills) it that way.
/// </summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "bot")
        {
            RunBot(args[1..]);
            return 0;
        }
        if (args.Length > 0 && args[0] == "digest")
        {
            try
            {
                return await Digests.RunAsync(RollupOptions.Parse(args[1..]));
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException)
            {
                await Console.Error.WriteLineAsync("error: " + ex.Message);
                await Console.Error.WriteLineAsync("usage: ThiDuaBot.Bench digest [--people 10000] [--units 200] [--report-share 0.8] [--deed-share 0.1] [--runs 3] [--azurite-disk true]");
                return 2;
            }
        }
        if (args.Length > 0 && args[0] == "inbound")
        {
            try
            {
                return await Inbound.RunAsync(InboundOptions.Parse(args[1..]));
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException)
            {
                await Console.Error.WriteLineAsync("error: " + ex.Message);
                await Console.Error.WriteLineAsync("usage: ThiDuaBot.Bench inbound [--connections 16,64] [--seconds 10] [--rounds 3] [--azurite-disk true]");
                return 2;
            }
        }
        if (args.Length > 0 && args[0] == "rollups")
        {
            try
            {
                return await Rollups.RunAsync(RollupOptions.Parse(args[1..]));
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException)
            {
                await Console.Error.WriteLineAsync("error: " + ex.Message);
                await Console.Error.WriteLineAsync("usage: ThiDuaBot.Bench rollups [--people 10000] [--units 200] [--report-share 0.8] [--deed-share 0.1] [--runs 3] [--azurite-disk true]");
                return 2;
            }
        }
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message);
            await Console.Error.WriteLineAsync("usage: ThiDuaBot.Bench [--cards 10000] [--create-share 0.1] [--latency-ms 100] [--tenant-limit 50] "
                + "[--kill-at 0.5] [--down-seconds 3] [--ambiguous Resend|MarkUncertain] [--concurrency 64] [--prefetch 1000] [--wave 500] [--azurite-disk true] [--timeout-minutes 30]");
            return 2;
        }
        return await FanOut.RunAsync(options);
    }

    /// <summary>The bot's own entry point (Program.cs), in this process; it exits when the benchmark's end of stdin closes.</summary>
    private static void RunBot(string[] args)
    {
        _ = Task.Run(() =>
        {
            Console.In.ReadToEnd();
            Environment.Exit(0);
        });
        var entry = typeof(global::Program).Assembly.EntryPoint ?? throw new InvalidOperationException("the bot has no entry point");
        entry.Invoke(null, [args]);
    }
}
