using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ThiDuaBot.TestSupport;
using ThiDuaBot.TestSupport.Azurite;
using ThiDuaBot.TestSupport.Playground;
using Xunit.Abstractions;

namespace ThiDuaBot.EndToEnd.Tests;

/// <summary>
/// The bot, Azurite and the real Microsoft 365 Agents Playground, wired as scripts/run.sh wires them, driven over
/// the Playground's HTTP API; what the bot said is read from the Playground's events recording, which is written to
/// the test output at the end. Each test gets its own bot, table prefix and Playground.
/// </summary>
public abstract class PlaygroundTestBase(ITestOutputHelper output) : IAsyncLifetime
{
    protected const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    private LoopbackBot? _bot;
    private PlaygroundServer? _playground;

    protected PlaygroundServer Playground => _playground ?? throw new InvalidOperationException("not started");

    /// <summary>The Playground's configuration as it parsed it (<c>personalChat</c>, <c>currentUser</c>, <c>tenantId</c>, …).</summary>
    protected JsonElement Config { get; private set; }

    protected string PersonalChat => Config.GetProperty("personalChat").GetProperty("id").GetString()!;

    /// <summary>Settings the bot gets besides those of the local run's bot (Development, no app id, Azurite).</summary>
    protected virtual IReadOnlyDictionary<string, string?> BotSettings => new Dictionary<string, string?>();

    /// <summary>
    /// The sample data as scripts/run.sh loads it: the trial copy of the sample plan and the sample roster for the
    /// Playground's tenant, its current user (Đỗ Thị Hồng Nhung) named council secretary; plus <paramref name="extra"/>.
    /// </summary>
    protected static Dictionary<string, string?> SampleDataSettings(params (string Key, string Value)[] extra)
    {
        var yml = File.ReadAllText(RepositoryRoot.Combine("playground", ".m365agentsplayground.yml"));
        string Yml(string pattern) => Regex.Match(yml, pattern, RegexOptions.Multiline).Groups[1].Value;
        var settings = new Dictionary<string, string?>
        {
            ["SampleData:TenantId"] = Yml(@"^tenantId:\s*(\S+)"),
            ["SampleData:RosterCsv"] = RepositoryRoot.Combine("samples", "roster", "so-khcn-bac-giang.csv"),
            ["SampleData:CurrentDates"] = "true",
            ["Setup:Secretaries:0"] = Yml(@"^currentUser:(?:\n\s+.*)*?\n\s+userPrincipleName:\s*(\S+)"),
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }
        return settings;
    }

    /// <summary>
    /// The Playground's current user presses an <c>Action.Execute</c> button (<paramref name="verb"/> with
    /// <paramref name="data"/>) in <paramref name="chat"/>, as Teams sends it; the invoke's <c>id</c> is
    /// <paramref name="id"/>, so the test can find the bot's answer in the recording.
    /// </summary>
    protected Task PressAsync(string serviceUrl, string chat, string verb, JsonObject data, string id, string locale = "en-US")
    {
        var me = Config.GetProperty("currentUser");
        return Playground.SendCustomActivityAsync(new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = id,
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["locale"] = locale,
            ["from"] = new JsonObject { ["id"] = me.GetProperty("id").GetString(), ["name"] = me.GetProperty("name").GetString(), ["aadObjectId"] = me.GetProperty("aadObjectId").GetString() },
            ["conversation"] = new JsonObject { ["id"] = chat, ["conversationType"] = "personal", ["tenantId"] = Config.GetProperty("tenantId").GetString() },
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            },
        });
    }

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        var azurite = await AzuriteServer.GetAsync();
        _bot = new LoopbackBot(azurite.ConnectionString, AzuriteServer.NewTablePrefix(), BotSettings);
        var endpoint = _bot.Start();
        _playground = await PlaygroundServer.StartAsync(endpoint);
        Config = await _playground.GetConfigAsync();
        output.WriteLine($"Bot at {endpoint}, Playground at {_playground.BaseAddress}, ready in {clock.ElapsedMilliseconds} ms");
    }

    public async Task DisposeAsync()
    {
        if (_playground is not null)
        {
            foreach (var record in _playground.Recording.ReadAll())
            {
                output.WriteLine(record.ToString());
            }
            await _playground.DisposeAsync();
        }
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    /// <summary>The bot sent an Adaptive Card holding <paramref name="text"/> (any string of it), or any card when null.</summary>
    protected static bool IsCardFromBot(PlaygroundRecord record, string? text = null) =>
        record.IsFromBot
        && record.Activity.ValueKind == JsonValueKind.Object
        && record.Activity.TryGetProperty("attachments", out var attachments)
        && attachments.ValueKind == JsonValueKind.Array
        && attachments.EnumerateArray().Any(a => a.TryGetProperty("contentType", out var type) && type.GetString() == AdaptiveCardType)
        && (text is null || AllStrings(attachments).Contains(text));

    protected static IEnumerable<string> AllStrings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    foreach (var text in AllStrings(property.Value)) yield return text;
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var text in AllStrings(item)) yield return text;
                }
                break;
        }
    }
}
