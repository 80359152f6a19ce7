using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ThiDuaBot.Bench;

/// <summary>
/// The repository's Azurite (node_modules), its queue and table services each in a node process of its own (node
/// runs one thread, and a 10,000-row outbox keeps both busy), on free loopback ports, in memory (it outlives the bot
/// process, so the data survives a bot restart) or with <c>--azurite-disk</c> on disk (<c>--location</c>). It exits
/// with the bench: node reads its stdin, which the bench holds, and quits when that closes.
/// </summary>
internal sealed partial class AzuriteProcess : IAsyncDisposable
{
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private const string ExitWithParent = "process.stdin.resume(); process.stdin.on('close', () => process.exit(0)); require(process.argv[1]);";

    private readonly Process[] _processes;

    private AzuriteProcess(Process[] processes, int queuePort, int tablePort)
    {
        _processes = processes;
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={DevAccountKey};" +
            $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    public static async Task<AzuriteProcess> StartAsync(string repositoryRoot, string dataFolder, bool onDisk)
    {
        var queue = await StartServiceAsync(repositoryRoot, "queue", Path.Combine(dataFolder, "queue"), onDisk).ConfigureAwait(false);
        var table = await StartServiceAsync(repositoryRoot, "table", Path.Combine(dataFolder, "table"), onDisk).ConfigureAwait(false);
        return new AzuriteProcess([queue.Process, table.Process], queue.Port, table.Port);
    }

    private static async Task<(Process Process, int Port)> StartServiceAsync(string repositoryRoot, string service, string dataFolder, bool onDisk)
    {
        var script = Path.Combine(repositoryRoot, "node_modules", "azurite", "dist", "src", service, "main.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException("Azurite is not installed: run 'npm ci' in the repository root first.");
        }
        Directory.CreateDirectory(dataFolder);
        // The table service run alone does not print the port it got for port 0, so take a free one here.
        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataFolder,
        };
        var persistence = onDisk ? new[] { "--location", dataFolder } : ["--inMemoryPersistence"];
        foreach (var arg in new[] { "-e", ExitWithParent, "--", script }.Concat(persistence).Concat(new[] { "--skipApiVersionCheck", "--disableProductStyleUrl", "--disableTelemetry",
                     $"--{service}Host", "127.0.0.1", $"--{service}Port", port.ToString(CultureInfo.InvariantCulture) }))
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");

        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }
            output.Enqueue(e.Data);
            if (Started().IsMatch(e.Data))
            {
                ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (await Task.WhenAny(ready.Task, Task.Delay(TimeSpan.FromSeconds(60))).ConfigureAwait(false) != ready.Task)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Azurite {service} did not start: " + string.Join('\n', output));
        }
        return (process, port);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().ConfigureAwait(false);
            }
            process.Dispose();
        }
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [GeneratedRegex(@"Azurite (Queue|Table) service (successfully|is successfully)")]
    private static partial Regex Started();
}
