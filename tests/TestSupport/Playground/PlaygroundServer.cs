using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ThiDuaBot.TestSupport.Playground;

/// <summary>
/// The real Microsoft 365 Agents Playground (npm <c>@microsoft/m365agentsplayground</c> 0.2.28, from the repository's
/// node_modules) in a process of its own, pointed at a bot, driven over its HTTP API, with its events recording
/// as the record of what the bot said. Dispose kills it (with its process tree) and deletes its working folder.
/// </summary>
/// <remarks>
/// What 0.2.28 does, established by experiment and by reading its dist/index.js:
/// <list type="bullet">
/// <item>It reads <c>.m365agentsplayground.yml</c> from its working directory (schema 0.1.1: exactly five
/// <c>users</c> besides <c>currentUser</c>, at most one channel besides General, no other fields).</item>
/// <item><c>-p 0</c> makes it listen on a port the OS picks (on every interface). When stdout is not a terminal
/// the only thing it prints there is <c>Listening on {port}</c>; everything else goes to the log file
/// (<c>M365_AGENTS_PLAYGROUND_LOGFILE</c>, default <c>devTools/m365agentsplayground.log</c>). It listens before it
/// reads the yml, and exits 1 on a bad yml, so it is ready only when <c>GET /_debug/ping</c> answers <c>pong</c>.
/// A port that is taken is not an error: it silently listens on a random port instead.</item>
/// <item><c>TEAMSAPPTESTER_BROWSER=none</c>, or it tries to open a browser and exits 1 where there is none.</item>
/// <item><c>POST /_conversation/v1/conversations/{conversationId}/messages</c> with
/// <c>{ "from": { "id" }, "text", "textFormat": "plain" }</c> answers 200 <c>{ messageId, timestamp }</c> and posts a
/// <c>message</c> to the bot. The sender is always <c>currentUser</c>: <c>from.id</c> must be a member of the
/// conversation but does not change who the activity is from. In group chats and channels only messages that
/// carry a <c>mentions</c> entry for the bot reach it.</item>
/// <item><c>POST /_debug/conversation/{conversationId}/installation</c> (body <c>{}</c>) answers 200 at once and then
/// sends, concurrently, an <c>installationUpdate</c> (<c>action: add</c>, <c>locale: en-US</c>) and a
/// <c>conversationUpdate</c> whose <c>membersAdded</c> holds the user and the bot (no <c>locale</c>). Its web UI calls
/// the same endpoint when it opens a chat.</item>
/// <item><c>POST /_internal/v1/customActivities</c> sends any activity JSON to the bot as it is (answers 200 before
/// sending): the way to act as another user, or with another locale. <c>GET /_internal/v1/testConfig</c> returns the
/// parsed yml (<c>config.personalChat.id</c>, <c>config.currentUser</c>, <c>config.teams</c>, …).</item>
/// <item>Activities it sends carry <c>locale: "en-US"</c>, hard-coded (not taken from the OS), so the bot answers in
/// English; <c>serviceUrl</c> is <c>http://localhost:{port}/_connector</c>; there is no Authorization header.
/// Its Connector answers the bot's sends and replies with 201 <c>{ "id" }</c>.</item>
/// <item><c>--enable-events-recording</c> with <c>M365_AGENTS_PLAYGROUND_RECORDING_FILE</c> records every exchange, in
/// both directions; see <see cref="PlaygroundRecording"/> for the format.</item>
/// <item><c>--disable-telemetry</c> keeps it from reporting usage to Microsoft.</item>
/// </list>
/// </remarks>
public sealed partial class PlaygroundServer : IAsyncDisposable
{
    private static readonly string[] InheritedSettingsToDrop =
    [
        "BOT_ENDPOINT", "DEFAULT_CHANNEL_ID", "SEND_INSTALLATION_ACTIVITY", "TEAMS_APP_TEST_TOOL_CONFIG_PATH",
        "TEAMSAPPTESTER_PORT", "TEAMSAPPTESTER_LOGFILE", "TEAMSAPPTESTER_BROWSER",
    ];

    private readonly Process _process;
    private readonly ConcurrentLines _output;

    private PlaygroundServer(Process process, ConcurrentLines output, string workingDirectory, int port)
    {
        _process = process;
        _output = output;
        WorkingDirectory = workingDirectory;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Recording = new PlaygroundRecording(Path.Combine(workingDirectory, "recording.log"));
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    /// <summary>An HTTP client for the Playground's API, based at <see cref="BaseAddress"/>.</summary>
    public HttpClient Client { get; }

    /// <summary>A temporary folder holding the yml, the log and the recording; deleted on dispose.</summary>
    public string WorkingDirectory { get; }

    public string LogFile => Path.Combine(WorkingDirectory, "playground.log");

    public PlaygroundRecording Recording { get; }

    /// <summary>
    /// Starts the Playground for the bot at <paramref name="botEndpoint"/> with a copy of <paramref name="configFile"/>
    /// (default: the repository's playground/.m365agentsplayground.yml) and waits until its API answers.
    /// </summary>
    public static async Task<PlaygroundServer> StartAsync(Uri botEndpoint, string? configFile = null, TimeSpan? startTimeout = null, CancellationToken cancellationToken = default)
    {
        var cli = RepositoryRoot.NodeTool("node_modules/@microsoft/m365agentsplayground/cli.js");
        var workingDirectory = Directory.CreateTempSubdirectory("thiduabot-playground-").FullName;
        File.Copy(configFile ?? RepositoryRoot.Combine("playground", ".m365agentsplayground.yml"), Path.Combine(workingDirectory, ".m365agentsplayground.yml"));

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // node -e … -- cli.js args: process.argv is [node, cli.js, args…], the shape cli.js expects.
        foreach (var arg in new[] { "-e", NodeTether.Script, "--", cli, "-e", botEndpoint.ToString(), "-c", "msteams", "-p", "0", "--enable-events-recording", "--disable-telemetry" })
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("M365_AGENTS_PLAYGROUND_", StringComparison.Ordinal) || InheritedSettingsToDrop.Contains(k)).ToList())
        {
            start.Environment.Remove(name);
        }
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(workingDirectory, "playground.log");
        start.Environment["M365_AGENTS_PLAYGROUND_RECORDING_FILE"] = Path.Combine(workingDirectory, "recording.log");

        var output = new ConcurrentLines();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for the Agents Playground.");
        }
        catch
        {
            TryDelete(workingDirectory);
            throw;
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Kill(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            output.Add(e.Data);
            var match = ListeningLine().Match(e.Data);
            if (match.Success)
            {
                listening.TrySetResult(int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Add(e.Data); };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The Agents Playground exited before it listened."));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = default(PlaygroundServer);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(startTimeout ?? TimeSpan.FromSeconds(30));
            var port = await listening.Task.WaitAsync(timeout.Token).ConfigureAwait(false);
            server = new PlaygroundServer(process, output, workingDirectory, port);
            await server.WaitUntilReadyAsync(timeout.Token).ConfigureAwait(false);
            return server;
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException or HttpRequestException)
        {
            var detail = DescribeFailure(process, output, Path.Combine(workingDirectory, "playground.log"));
            if (server is not null)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                Kill(process);
                process.Dispose();
                TryDelete(workingDirectory);
            }
            throw new InvalidOperationException("The Agents Playground did not start. " + detail, e);
        }
    }

    /// <summary>The parsed mock tenant (<c>config</c> of <c>GET /_internal/v1/testConfig</c>).</summary>
    public async Task<JsonElement> GetConfigAsync(CancellationToken cancellationToken = default)
    {
        var document = await Client.GetFromJsonAsync<JsonElement>("_internal/v1/testConfig", cancellationToken).ConfigureAwait(false);
        return document.GetProperty("config");
    }

    /// <summary>The id of the current user's personal chat with the bot.</summary>
    public async Task<string> GetPersonalChatIdAsync(CancellationToken cancellationToken = default) =>
        (await GetConfigAsync(cancellationToken).ConfigureAwait(false)).GetProperty("personalChat").GetProperty("id").GetString()
        ?? throw new InvalidOperationException("The Playground has no personal chat id.");

    /// <summary>Types a message as the current user; returns the Playground's message id.</summary>
    public async Task<string> SendMessageAsync(string conversationId, string text, string fromUserId = "user-id-0", CancellationToken cancellationToken = default)
    {
        using var response = await Client.PostAsJsonAsync(
            $"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages",
            new { from = new { id = fromUserId }, text, textFormat = "plain" },
            cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "send a message").ConfigureAwait(false);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
        return body.GetProperty("messageId").ToString();
    }

    /// <summary>Installs the bot in a conversation: the Playground sends installationUpdate and conversationUpdate.</summary>
    public async Task FireInstallationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        using var response = await Client.PostAsJsonAsync(
            $"_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", new { }, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "fire the installation").ConfigureAwait(false);
    }

    /// <summary>Sends an activity to the bot exactly as given (any sender, any locale).</summary>
    public async Task SendCustomActivityAsync(JsonObject activity, CancellationToken cancellationToken = default)
    {
        using var response = await Client.PostAsJsonAsync("_internal/v1/customActivities", activity, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "send a custom activity").ConfigureAwait(false);
    }

    /// <summary>What the Playground printed and logged, for a failure message.</summary>
    public string Describe() => DescribeFailure(_process, _output, LogFile);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Kill(_process);
        try
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        _process.Dispose();
        TryDelete(WorkingDirectory);
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The Agents Playground exited with code {_process.ExitCode}.");
            }
            try
            {
                using var ping = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, ping.Token);
                var text = await Client.GetStringAsync("_debug/ping", linked.Token).ConfigureAwait(false);
                if (text == "pong")
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            throw new HttpRequestException($"The Playground refused to {what}: {(int)response.StatusCode} {body}");
        }
    }

    private static string DescribeFailure(Process process, ConcurrentLines output, string logFile)
    {
        var exit = process.HasExited ? $"exit code {process.ExitCode}" : "still running";
        var log = File.Exists(logFile) ? File.ReadAllText(logFile) : "(no log file)";
        if (log.Length > 4000)
        {
            log = "…" + log[^4000..];
        }
        return $"Process: {exit}. Output:\n{string.Join('\n', output.Snapshot())}\nLog ({logFile}):\n{log}";
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex(@"^Listening on (?<port>\d+)")]
    private static partial Regex ListeningLine();

    private sealed class ConcurrentLines
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();

        public void Add(string line) => _lines.Enqueue(line);

        public IReadOnlyList<string> Snapshot() => _lines.ToArray();
    }
}
