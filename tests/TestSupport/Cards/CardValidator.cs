using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ThiDuaBot.TestSupport.Cards;

/// <summary>
/// Checks Adaptive Cards with the official renderer library (npm <c>adaptivecards</c>) by running
/// <c>tests/card-validator/validate.js</c> under Node, once per batch of cards.
/// </summary>
public sealed class CardValidator
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private const string InstallHint =
        "Install the project's npm tools first: Node.js 20 on the PATH, then the README's test command "
        + "(scripts/test.sh), or 'npm ci' in the repository root; then run the tests again.";

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public CardValidator()
        : this(RepositoryRoot.Value)
    {
    }

    public CardValidator(string repoRoot)
    {
        RepoRoot = repoRoot;
    }

    public string RepoRoot { get; }

    private string ScriptPath => Path.Combine(RepoRoot, "tests", "card-validator", "validate.js");

    private string LibraryPath => Path.Combine(RepoRoot, "node_modules", "adaptivecards", "dist", "adaptivecards.js");

    public async Task<CardValidationResult> ValidateAsync(JsonObject card, CancellationToken cancellationToken = default) =>
        (await ValidateAsync([card], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Validates the cards in one Node run; the results are in the order of the cards.</summary>
    public async Task<IReadOnlyList<CardValidationResult>> ValidateAsync(IReadOnlyList<JsonObject> cards, CancellationToken cancellationToken = default)
    {
        if (cards.Count == 0)
        {
            return [];
        }
        EnsureToolsPresent();

        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8NoBom,
            StandardOutputEncoding = Utf8NoBom,
            StandardErrorEncoding = Utf8NoBom,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(ScriptPath);

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException("Node did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"Cannot run `node` for the Adaptive Card validator ({exception.Message}). {InstallHint}", exception);
        }

        using (process)
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(Timeout);
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await WriteCardsAsync(process.StandardInput.BaseStream, cards, timeout.Token).ConfigureAwait(false);
                process.StandardInput.Close();
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw new TimeoutException($"The Adaptive Card validator did not finish within {Timeout.TotalSeconds:0} s.");
            }
            catch (IOException)
            {
                // Node closed stdin early (it crashed); its exit code and stderr below say why.
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }

            var output = await stdout.ConfigureAwait(false);
            var errors = await stderr.ConfigureAwait(false);
            // validate.js: 0 every card clean, 1 some card has problems, anything else the run failed.
            if (process.ExitCode is not (0 or 1))
            {
                throw new InvalidOperationException(
                    $"The Adaptive Card validator failed (exit code {process.ExitCode}): {errors.Trim()} {InstallHint}");
            }
            return ParseResults(output, cards.Count);
        }
    }

    private void EnsureToolsPresent()
    {
        if (!File.Exists(ScriptPath))
        {
            throw new InvalidOperationException($"The Adaptive Card validator script is missing: {ScriptPath}.");
        }
        if (!File.Exists(LibraryPath))
        {
            throw new InvalidOperationException($"The Adaptive Cards library (node_modules/adaptivecards) is not installed in {RepoRoot}. {InstallHint}");
        }
    }

    private static async Task WriteCardsAsync(Stream stdin, IReadOnlyList<JsonObject> cards, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(stdin);
        writer.WriteStartArray();
        foreach (var card in cards)
        {
            card.WriteTo(writer);
        }
        writer.WriteEndArray();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static List<CardValidationResult> ParseResults(string output, int expectedCount)
    {
        var results = new List<CardValidationResult>(expectedCount);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var problems = Describe(root.GetProperty("parseEvents")).Concat(Describe(root.GetProperty("validationEvents"))).ToList();
            var suppressed = Describe(root.GetProperty("suppressed")).ToList();
            results.Add(new CardValidationResult(problems, root.GetProperty("sizeBytes").GetInt32(), suppressed));
        }
        if (results.Count != expectedCount)
        {
            throw new InvalidOperationException(
                $"The Adaptive Card validator returned {results.Count} results for {expectedCount} cards. Output: {output}");
        }
        return results;
    }

    private static IEnumerable<string> Describe(JsonElement events) =>
        events.EnumerateArray().Select(e =>
        {
            var source = e.GetProperty("source").ValueKind == JsonValueKind.String ? $" at {e.GetProperty("source").GetString()}" : "";
            return $"{e.GetProperty("phase").GetString()} {e.GetProperty("event").GetString()}{source}: {e.GetProperty("message").GetString()}";
        });
}
