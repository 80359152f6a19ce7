using System.Diagnostics;

namespace ThiDuaBot.Bench;

/// <summary>
/// The real bot (its Program, with the outbox worker) in a child process: this program started again in "bot"
/// mode, which runs the bot's entry point. Killing it is a SIGKILL: nothing in the bot gets to run.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task _logging;

    private BotProcess(Process process, Task logging)
    {
        _process = process;
        _logging = logging;
    }

    public int Id => _process.Id;

    public static BotProcess Start(IReadOnlyDictionary<string, string> environment, string logFile)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(self)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(BotProcess).Assembly.Location);
        }
        start.ArgumentList.Add("bot");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("the bot did not start");
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var logging = Task.WhenAll(CopyAsync(process.StandardOutput, log), CopyAsync(process.StandardError, log))
            .ContinueWith(_ => log.Dispose(), TaskScheduler.Default);
        return new BotProcess(process, logging);
    }

    /// <summary>SIGKILL, as a crash or an out-of-memory kill would end it.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }
        await _process.WaitForExitAsync().ConfigureAwait(false);
        await _logging.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync().ConfigureAwait(false);
        _process.Dispose();
    }

    private static async Task CopyAsync(StreamReader from, StreamWriter to)
    {
        while (await from.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            lock (to)
            {
                to.WriteLine(line);
            }
        }
    }
}
