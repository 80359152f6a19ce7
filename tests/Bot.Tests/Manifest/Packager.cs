using System.Diagnostics;

namespace ThiDuaBot.Bot.Tests.Manifest;

/// <summary>Runs <c>manifest/package.cs</c> the way a developer does: <c>dotnet run manifest/package.cs -- ...</c>.</summary>
internal static class Packager
{
    /// <summary>Every environment variable the packager reads; a run sees only those the test gives it.</summary>
    public static readonly string[] InputVariables =
        ["MicrosoftAppId", "BotDomain", "TeamsAppVersion", "TeamsAppWebsiteUrl", "TeamsAppPrivacyUrl", "TeamsAppTermsUrl"];

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3); // the first run compiles the script

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ManifestDirectory => Path.Combine(RepositoryRoot, "manifest");

    public static async Task<PackagerResult> RunAsync(
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["run", "manifest/package.cs", "--", .. arguments])
            start.ArgumentList.Add(argument);

        foreach (var name in InputVariables)
            start.Environment.Remove(name);
        // MSBuild settings inherited from the test run must not steer the script's own build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The packager did not finish within {Timeout}.");
        }
        return new PackagerResult(process.ExitCode, await stdout, await stderr, stopwatch.Elapsed);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ThiDuaBot.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No ThiDuaBot.sln above {AppContext.BaseDirectory}.");
    }
}
