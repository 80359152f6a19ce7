using System.IO.Compression;
using System.Text.Json.Nodes;

namespace ThiDuaBot.Bot.Tests.Manifest;

/// <summary>Runs the packager once with known inputs and keeps what the zip holds.</summary>
public sealed class PackagedApp : IAsyncLifetime
{
    public const string AppId = "6f1c3a52-8d0e-4b7a-9c21-5e4d3b2a1f09";
    public const string BotDomain = "thiduabot-test.azurewebsites.net";
    public const string Version = "2.3.4";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "thiduabot-manifest-" + Guid.NewGuid().ToString("N"));

    public string ZipPath => Path.Combine(_directory, "ThiDuaBot.zip");

    internal PackagerResult Result { get; private set; } = null!;

    /// <summary>Entry name (as stored in the zip) to its bytes.</summary>
    public IReadOnlyDictionary<string, byte[]> Entries { get; private set; } = new Dictionary<string, byte[]>();

    public JsonNode Manifest => JsonNode.Parse(Entries["manifest.json"])!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        Result = await Packager.RunAsync(
            ["--app-id", AppId.ToUpperInvariant(), "--bot-domain", BotDomain, "--version", Version, "--output", ZipPath]);
        if (Result.ExitCode != 0)
            throw new InvalidOperationException("The packager failed: " + Result);

        using var zip = ZipFile.OpenRead(ZipPath);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            entries[entry.FullName] = buffer.ToArray();
        }
        Entries = entries;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
