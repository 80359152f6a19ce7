using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThiDuaBot.Cards;
using ThiDuaBot.TestSupport.Playground;
using Xunit.Abstractions;

namespace ThiDuaBot.EndToEnd.Tests;

/// <summary>
/// A person's month in the real Playground, set up as <c>scripts/run.sh --today 2027-03-10</c> sets it up: the trial
/// plan of 2027 with the bot living on 10/03/2027 (pledges open until 20/03, March inside phase 1). The Playground's
/// user pledges on her card, then reports the month's progress on the card <c>báo cáo</c> brings.
/// </summary>
public sealed class PlaygroundMonthlyReportTests(ITestOutputHelper output) : PlaygroundTestBase(output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private const string Area = "cai-cach-hanh-chinh";

    protected override IReadOnlyDictionary<string, string?> BotSettings => SampleDataSettings(("SampleData:Today", "2027-03-10"));

    [Fact]
    public async Task She_pledges_then_reports_the_month_and_gets_the_summary_with_an_edit_button()
    {
        var chat = PersonalChat;
        await Playground.FireInstallationAsync(chat);

        // Her pledge card (the Playground's messages carry en-US: English cards).
        await Playground.SendMessageAsync(chat, "đăng ký");
        var pledgeCard = CardOf(await WaitForCardAsync(Strings.En.PledgeIndividualHeading, "her pledge card"));
        // The Playground records a message to the bot once the bot has answered the POST, which is after its reply: wait for it.
        var typed = await Playground.Recording.WaitForAsync(all => all.Any(r => r.IsToBot && r.ActivityName == "message"), Timeout, "the recorded message");
        var serviceUrl = typed.First(r => r.IsToBot && r.ActivityName == "message").Property("serviceUrl")!;
        var pledged = await ClickAsync(serviceUrl, chat, pledgeCard, PledgeCard.SubmitVerb, new JsonObject
        {
            [PledgeCard.TitleInput] = "lao-dong-tien-tien",
            [PledgeCard.AreasInput] = Area + ",quan-ly-nha-nuoc",
            [PledgeCard.TargetsInput] = "Hoàn thành 100% nhiệm vụ được giao đúng hạn.",
            [PledgeCard.NumberInputPrefix + "initiatives"] = "1",
            [PledgeCard.CommitmentInput] = "Tôi xin cam kết thực hiện đúng các chỉ tiêu đã đăng ký.",
        }, "pledge-submit-1");
        Assert.Contains(Actions(pledged), a => a == PledgeCard.EditVerb);

        // The month's progress card, built from that pledge: a status and a text for each area she pledged.
        await Playground.SendMessageAsync(chat, "báo cáo");
        var heading = string.Format(CultureInfo.InvariantCulture, Strings.En.ProgressHeading, "03/2027");
        var form = CardOf(await WaitForCardAsync(heading, "her progress card for 03/2027"));
        Assert.Contains(Ids(form), id => id == ProgressCard.StatusInputPrefix + Area);
        Assert.Contains(Ids(form), id => id == ProgressCard.StatusInputPrefix + "quan-ly-nha-nuoc");

        var summary = await ClickAsync(serviceUrl, chat, form, ProgressCard.SubmitVerb, new JsonObject
        {
            [ProgressCard.StatusInputPrefix + Area] = "done",
            [ProgressCard.AchievedInputPrefix + Area] = "Đã rà soát 12 thủ tục hành chính.",
        }, "progress-submit-1");

        var texts = string.Join("\n", Texts(summary));
        Assert.Contains(heading, texts, StringComparison.Ordinal);
        Assert.Contains("Đã rà soát 12 thủ tục hành chính.", texts, StringComparison.Ordinal);
        Assert.Contains(Actions(summary), a => a == ProgressCard.EditVerb);
        Assert.DoesNotContain(Ids(summary), id => id.StartsWith(ProgressCard.StatusInputPrefix, StringComparison.Ordinal));
    }

    private async Task<PlaygroundRecord> WaitForCardAsync(string text, string what)
    {
        var records = await Playground.Recording.WaitForAsync(all => all.Any(r => IsCardFromBot(r, text)), Timeout, what);
        return records.Last(r => IsCardFromBot(r, text));
    }

    /// <summary>Presses <paramref name="verb"/> on <paramref name="card"/> with <paramref name="inputs"/>, as Teams would; the card the bot answers with.</summary>
    private async Task<JsonObject> ClickAsync(string serviceUrl, string chat, JsonObject card, string verb, JsonObject inputs, string id)
    {
        var data = card["actions"]!.AsArray().Select(a => a!.AsObject()).Single(a => (string?)a["verb"] == verb)["data"]!.DeepClone().AsObject();
        foreach (var (key, value) in inputs)
        {
            data[key] = value?.DeepClone();
        }
        await PressAsync(serviceUrl, chat, verb, data, id);
        bool Answered(PlaygroundRecord r) => r.IsToBot && r.ActivityName == "invoke" && r.Activity.TryGetProperty("id", out var i) && i.GetString() == id;
        var records = await Playground.Recording.WaitForAsync(all => all.Any(Answered), Timeout, $"the answer to {verb}");
        var answer = records.Single(Answered);
        Assert.Equal(200, answer.ResponseStatus);
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer.ResponseBody.GetProperty("type").GetString());
        return JsonNode.Parse(answer.ResponseBody.GetProperty("value").GetRawText())!.AsObject();
    }

    private static JsonObject CardOf(PlaygroundRecord record) =>
        JsonNode.Parse(record.Activity.GetProperty("attachments")[0].GetProperty("content").GetRawText())!.AsObject();

    private static IEnumerable<JsonObject> Elements(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Elements(p.Value))),
        JsonArray a => a.SelectMany(Elements),
        _ => [],
    };

    private static IEnumerable<string> Ids(JsonObject card) => Elements(card).Select(e => (string?)(e["id"] as JsonValue)).OfType<string>();

    private static IEnumerable<string> Actions(JsonObject card) =>
        Elements(card).Where(e => (string?)(e["type"] as JsonValue) == "Action.Execute").Select(e => (string?)(e["verb"] as JsonValue)).OfType<string>();

    private static IEnumerable<string> Texts(JsonObject card) =>
        Elements(card).SelectMany(e => new[] { e["text"], e["value"], e["title"] }).OfType<JsonValue>()
            .Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>());
}
