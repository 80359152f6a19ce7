using System.Text.Json;

namespace ThiDuaBot.TestSupport.Playground;

/// <summary>
/// One record of the Playground's events recording (<c>--enable-events-recording</c>, file from
/// <c>M365_AGENTS_PLAYGROUND_RECORDING_FILE</c>): one HTTP exchange between the Playground and the bot, either
/// direction.
/// </summary>
public sealed record PlaygroundRecord(
    long Timestamp,
    string? ConversationId,
    string Direction,
    string? ActivityName,
    string? MessageId,
    string? Method,
    string? Url,
    JsonElement Activity,
    int? ResponseStatus,
    JsonElement ResponseBody)
{
    /// <summary>The Playground posted an activity to the bot's <c>/api/messages</c>.</summary>
    public const string ToBot = "Microsoft 365 Agents Playground -> User Application";

    /// <summary>The bot called the Playground's Connector (<c>/_connector/v3/…</c>).</summary>
    public const string FromBot = "User Application -> Microsoft 365 Agents Playground";

    public bool IsToBot => Direction == ToBot;

    public bool IsFromBot => Direction == FromBot;

    /// <summary>A top-level string property of the activity, or null.</summary>
    public string? Property(string name) =>
        Activity.ValueKind == JsonValueKind.Object && Activity.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public override string ToString() =>
        $"{(IsToBot ? "to bot  " : IsFromBot ? "from bot" : Direction)} {ActivityName ?? "?"} {Method} {Url} -> {ResponseStatus}: {Summary()}";

    private string Summary()
    {
        if (Property("text") is { } text)
        {
            return text.Length > 80 ? text[..80] + "…" : text;
        }
        if (Activity.ValueKind == JsonValueKind.Object && Activity.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
        {
            return $"{attachments.GetArrayLength()} attachment(s)";
        }
        return Property("action") ?? "";
    }
}

/// <summary>
/// Reads the events recording the Playground appends to. Format (0.2.28, found by experiment and in its
/// dist/index.js): every record is <c>JSON.stringify(record, null, 2)</c> followed by a line holding only
/// <c>---</c>, appended synchronously with <c>appendFileSync</c>; fields <c>logId</c>, <c>timestamp</c> (ms since
/// the epoch, when the exchange started), <c>conversationId</c>, <c>direction</c>, <c>activityName</c>,
/// <c>messageId</c>, <c>request</c> {<c>headers</c>, <c>body</c> (the activity), <c>url</c>, <c>method</c>},
/// <c>response</c> {<c>statusCode</c>, <c>body</c>} and <c>displayText</c>. A record is written when its exchange
/// completes, so an inbound activity is recorded after the replies the bot sent while handling it: order by
/// <see cref="PlaygroundRecord.Timestamp"/>, not by position.
/// </summary>
public sealed class PlaygroundRecording(string path)
{
    public string Path { get; } = path;

    /// <summary>Every complete record so far, ordered by start time.</summary>
    public IReadOnlyList<PlaygroundRecord> ReadAll()
    {
        string text;
        try
        {
            using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            text = reader.ReadToEnd();
        }
        catch (FileNotFoundException)
        {
            return [];
        }
        catch (DirectoryNotFoundException)
        {
            return [];
        }

        var records = new List<PlaygroundRecord>();
        var chunk = new System.Text.StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            // JSON escapes newlines inside strings, so a line that is exactly "---" can only be the separator.
            if (line.TrimEnd('\r') == "---")
            {
                records.Add(Parse(chunk.ToString()));
                chunk.Clear();
            }
            else
            {
                chunk.Append(line).Append('\n');
            }
        }
        // Whatever follows the last separator is a record still being written: ignore it.
        return records.OrderBy(r => r.Timestamp).ToList();
    }

    /// <summary>Polls the recording until <paramref name="condition"/> holds, and returns the records it held for.</summary>
    public async Task<IReadOnlyList<PlaygroundRecord>> WaitForAsync(
        Func<IReadOnlyList<PlaygroundRecord>, bool> condition, TimeSpan timeout, string description, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var records = ReadAll();
            if (condition(records))
            {
                return records;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"Waited {timeout.TotalSeconds:0.#} s for {description}. The Playground recorded {records.Count} exchange(s):\n"
                    + string.Join('\n', records.Select(r => "  " + r)));
            }
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    private static PlaygroundRecord Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var request = root.TryGetProperty("request", out var r) ? r : default;
        var response = root.TryGetProperty("response", out var s) ? s : default;
        return new PlaygroundRecord(
            Timestamp: root.TryGetProperty("timestamp", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt64() : 0,
            ConversationId: String(root, "conversationId"),
            Direction: String(root, "direction") ?? "",
            ActivityName: String(root, "activityName"),
            MessageId: String(root, "messageId"),
            Method: String(request, "method"),
            Url: String(request, "url"),
            Activity: request.ValueKind == JsonValueKind.Object && request.TryGetProperty("body", out var body) ? body.Clone() : default,
            ResponseStatus: response.ValueKind == JsonValueKind.Object && response.TryGetProperty("statusCode", out var code) && code.ValueKind == JsonValueKind.Number ? code.GetInt32() : null,
            ResponseBody: response.ValueKind == JsonValueKind.Object && response.TryGetProperty("body", out var responseBody) ? responseBody.Clone() : default);
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
