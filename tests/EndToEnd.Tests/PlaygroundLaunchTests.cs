using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThiDuaBot.Cards;
using ThiDuaBot.TestSupport;
using ThiDuaBot.TestSupport.Azurite;
using ThiDuaBot.TestSupport.Playground;
using Xunit.Abstractions;

namespace ThiDuaBot.EndToEnd.Tests;

/// <summary>
/// The pledge round launched in the real Playground, set up as scripts/run.sh sets it up: the trial copy of the
/// sample plan and the sample roster for the Playground's tenant, its user Đỗ Thị Hồng Nhung the council secretary.
/// </summary>
public sealed class PlaygroundLaunchTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private LoopbackBot? _bot;
    private PlaygroundServer? _playground;
    private JsonElement _config;

    private PlaygroundServer Playground => _playground ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        var azurite = await AzuriteServer.GetAsync();
        var yml = File.ReadAllText(RepositoryRoot.Combine("playground", ".m365agentsplayground.yml"));
        string Yml(string pattern) => System.Text.RegularExpressions.Regex.Match(yml, pattern, System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value;
        _bot = new LoopbackBot(azurite.ConnectionString, AzuriteServer.NewTablePrefix(), new Dictionary<string, string?>
        {
            ["SampleData:TenantId"] = Yml(@"^tenantId:\s*(\S+)"),
            ["SampleData:RosterCsv"] = RepositoryRoot.Combine("samples", "roster", "so-khcn-bac-giang.csv"),
            ["SampleData:CurrentDates"] = "true",
            ["Setup:Secretaries:0"] = Yml(@"^currentUser:(?:\n\s+.*)*?\n\s+userPrincipleName:\s*(\S+)"),
            ["Outbox:PollInterval"] = "00:00:00.100",
            ["Pledges:LaunchProgressInterval"] = "00:00:00.200",
        });
        var endpoint = _bot.Start();
        _playground = await PlaygroundServer.StartAsync(endpoint);
        _config = await _playground.GetConfigAsync();
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

    [Fact]
    public async Task The_secretary_launches_the_round_gets_her_own_pledge_card_and_the_delivery_report_in_place()
    {
        var chat = _config.GetProperty("personalChat").GetProperty("id").GetString()!;
        var me = _config.GetProperty("currentUser");
        await Playground.FireInstallationAsync(chat);
        await Playground.SendMessageAsync(chat, "thiết lập");
        // The Playground's own messages carry locale en-US, so the admin card comes in English.
        var typed = await Playground.Recording.WaitForAsync(
            all => all.Any(r => IsCard(r, Strings.En.AdminTitle)) && all.Any(r => r.IsToBot && r.ActivityName == "message"), Timeout, "the admin card");
        var serviceUrl = typed.First(r => r.IsToBot && r.ActivityName == "message").Property("serviceUrl");

        await Playground.SendCustomActivityAsync(new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = "launch-click-1",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["locale"] = "vi-VN",
            ["from"] = new JsonObject { ["id"] = me.GetProperty("id").GetString(), ["name"] = me.GetProperty("name").GetString(), ["aadObjectId"] = me.GetProperty("aadObjectId").GetString() },
            ["conversation"] = new JsonObject { ["id"] = chat, ["conversationType"] = "personal", ["tenantId"] = _config.GetProperty("tenantId").GetString() },
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = AdminCard.LaunchVerb, ["data"] = new JsonObject { ["verb"] = AdminCard.LaunchVerb } },
                ["trigger"] = "manual",
            },
        });

        // Her own pledge card comes through the outbox, in her chat's language (the Playground installed it in en-US);
        // the progress card, in the language of the launch, becomes the delivery report in place.
        var records = await Playground.Recording.WaitForAsync(
            all => all.Any(IsPledgeCard) && all.Any(r => IsCard(r, Strings.Vi.LaunchCardTitle) && r.Method == "PUT"),
            Timeout, "her pledge card and the updated launch card");

        var launchAnswer = Assert.Single(records, r => r.IsToBot && r.ActivityName == "invoke");
        Assert.Equal(200, launchAnswer.ResponseStatus);
        Assert.Contains(Strings.Vi.LaunchCardTitle, AllStrings(Assert.Single(records, r => IsCard(r, Strings.Vi.LaunchCardTitle) && r.Method == "POST").Activity));
        var pledge = Assert.Single(records, IsPledgeCard);
        Assert.Equal(chat, pledge.ConversationId);
        Assert.Contains("Đỗ Thị Hồng Nhung", AllStrings(pledge.Activity));
        var report = records.Last(r => IsCard(r, Strings.Vi.LaunchCardTitle) && r.Method == "PUT");
        Assert.InRange(report.ResponseStatus ?? 0, 200, 299);
        var reportTexts = AllStrings(report.Activity).ToList();
        Assert.Contains(reportTexts, t => t.StartsWith("Đã gửi xong", StringComparison.Ordinal));
        // The other 40 people of the sample roster have never talked to the bot: named as not reachable, with why.
        Assert.Contains(Strings.Vi.ReasonNoAccountLink, string.Join("\n", reportTexts), StringComparison.Ordinal);
    }

    private static bool IsPledgeCard(PlaygroundRecord record) =>
        IsCard(record, Strings.Vi.PledgeIndividualHeading) || IsCard(record, Strings.En.PledgeIndividualHeading);

    private static bool IsCard(PlaygroundRecord record, string text) =>
        record.IsFromBot
        && record.Activity.ValueKind == JsonValueKind.Object
        && record.Activity.TryGetProperty("attachments", out var attachments)
        && attachments.ValueKind == JsonValueKind.Array
        && AllStrings(attachments).Any(s => s == text);

    private static IEnumerable<string> AllStrings(JsonElement element)
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
