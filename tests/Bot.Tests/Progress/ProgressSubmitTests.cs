using System.Text.Json.Nodes;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.TestSupport.Cards;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Progress;

/// <summary>Reporting the month's progress through the card: submit, edit, resubmit, double clicks, languages.</summary>
public sealed class ProgressSubmitTests : ProgressTestBase
{
    [Fact]
    public async Task Report_command_sends_the_form_built_from_the_pledge()
    {
        await SeedWithPledgesAsync(An);

        var form = await OpenReportAsync(An);

        Assert.Equal("Báo cáo tiến độ tháng 03/2013", TextBlocks(form)[0]);
        Assert.Equal("Lao động tiên tiến", Facts(form)[Strings.Vi.PledgeTitleLabel]);
        Assert.NotNull(Input(form, ProgressCard.StatusInputPrefix + Admin));
        Assert.NotNull(Input(form, ProgressCard.AchievedInputPrefix + State));
        Assert.Null(Input(form, ProgressCard.StatusInputPrefix + "nong-thon-moi")); // not pledged
        var data = DataOf(form);
        Assert.Equal(ProgressCard.SubmitVerb, Verb(form));
        Assert.Equal(CampaignId, data[ProgressCard.CampaignIdKey]!.GetValue<string>());
        Assert.Equal(March, data[ProgressCard.MonthKey]!.GetValue<string>());
        Assert.Equal(An.SignInName, data[ProgressCard.SubjectKey]!.GetValue<string>());
        Assert.Equal(1, data[ProgressCard.PledgeVersionKey]!.GetValue<int>());
        CardAssert.Valid(form);
    }

    [Fact]
    public async Task Submit_stores_version_1_with_the_unit_index_row_and_answers_the_summary()
    {
        await SeedWithPledgesAsync(An);
        var form = await OpenReportAsync(An);

        var summary = (await ClickAsync(form, ProgressCard.SubmitVerb, Inputs(state: "blocked", deedAbout: "colleague", deedName: "Phạm Thị Lan", deedText: "Hiến máu tình nguyện 3 lần."))).Card;

        var stored = await ReportAsync(An);
        Assert.NotNull(stored);
        Assert.Equal(1, stored.Version);
        Assert.Equal(1, stored.PledgeVersion);
        Assert.Equal(Office, stored.UnitId);
        Assert.Equal(Clock.GetUtcNow(), stored.SavedAt);
        Assert.Equal(An.Aad, stored.SavedBy.AadObjectId);
        Assert.Equal(
            [new ProgressAreaReport(Admin, ProgressStatus.InProgress, "Đã rà soát 12 thủ tục hành chính."), new ProgressAreaReport(State, ProgressStatus.Blocked, "")],
            stored.Content.Areas);
        Assert.Equal(new GoodDeed("Phạm Thị Lan", "Hiến máu tình nguyện 3 lần."), stored.Content.GoodDeed);

        var entry = Assert.Single(await Reports.ListUnitAsync(BotApplication.TenantId, CampaignId, March, Office, CancellationToken.None));
        Assert.Equal(An.SignInName, entry.Subject);
        Assert.Equal(ProgressStatus.Blocked, entry.Statuses[State]);
        Assert.True(entry.GoodDeedProposed);
        Assert.Empty(await Reports.ListUnitAsync(BotApplication.TenantId, CampaignId, March, Science, CancellationToken.None));

        Assert.Equal(ProgressCard.EditVerb, Verb(summary));
        var texts = TextBlocks(summary);
        Assert.Contains(string.Format(Strings.Vi.ProgressSaved, 1), texts);
        Assert.Contains(Strings.Vi.ProgressEditable, texts);
        Assert.Contains(texts, t => t.StartsWith("• Cải cách hành chính", StringComparison.Ordinal) && t.EndsWith(": **Đang thực hiện**", StringComparison.Ordinal));
        Assert.Contains("Đã rà soát 12 thủ tục hành chính.", texts);
        Assert.Contains(texts, t => t.EndsWith(": **Gặp khó khăn**", StringComparison.Ordinal));
        Assert.Contains("Về đồng nghiệp: Phạm Thị Lan", texts);
        Assert.Equal("1", Facts(summary)[Strings.Vi.PledgeVersion]);
        Assert.Equal("10/03/2013 08:00", Facts(summary)[Strings.Vi.PledgeSavedAt]);
        CardAssert.AllValid([form, summary]);
    }

    [Fact]
    public async Task Edit_and_resubmit_stores_version_2_and_keeps_the_history()
    {
        await SeedWithPledgesAsync(An);
        var summary1 = (await ClickAsync(await OpenReportAsync(An), ProgressCard.SubmitVerb, Inputs())).Card;
        Clock.Advance(TimeSpan.FromDays(5));

        var edit = (await ClickAsync(summary1, ProgressCard.EditVerb)).Card;

        Assert.Equal("in-progress", InputValue(edit, ProgressCard.StatusInputPrefix + Admin));
        Assert.Equal("Đã rà soát 12 thủ tục hành chính.", InputValue(edit, ProgressCard.AchievedInputPrefix + Admin));
        Assert.NotEqual(DataOf(summary1)[ProgressCard.NonceKey]!.GetValue<string>(), DataOf(edit)[ProgressCard.NonceKey]!.GetValue<string>());

        var summary2 = (await ClickAsync(edit, ProgressCard.SubmitVerb, Inputs(admin: "done", adminText: "Đã rà soát xong 20 thủ tục.", deedText: "Nhặt được của rơi trả người đánh mất."))).Card;

        var versions = await ReportVersionsAsync(An);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal(ProgressStatus.InProgress, versions[0].Content.Areas[0].Status);
        Assert.Equal(ProgressStatus.Done, versions[1].Content.Areas[0].Status);
        Assert.Equal(BeforeDeadline.AddDays(5), versions[1].SavedAt);
        Assert.Equal(new GoodDeed(null, "Nhặt được của rơi trả người đánh mất."), versions[1].Content.GoodDeed);
        Assert.Equal(2, (await ReportAsync(An))!.Version);
        Assert.Contains(string.Format(Strings.Vi.ProgressSaved, 2), TextBlocks(summary2));
        Assert.Contains("Về bản thân: Nguyễn Văn An", TextBlocks(summary2));
        Assert.Equal(ProgressStatus.Done, Assert.Single(await Reports.ListUnitAsync(BotApplication.TenantId, CampaignId, March, Office, CancellationToken.None)).Statuses[Admin]);

        var again = Assert.Single(await SayAsync("bao cao", An.Aad));
        Assert.Equal(ProgressCard.EditVerb, Verb(again));
        Assert.Equal("2", Facts(again)[Strings.Vi.PledgeVersion]);
    }

    [Fact]
    public async Task A_double_click_or_the_same_content_again_stores_once()
    {
        await SeedWithPledgesAsync(An);
        var form = await OpenReportAsync(An);

        var first = (await ClickAsync(form, ProgressCard.SubmitVerb, Inputs())).Card;
        var second = (await ClickAsync(form, ProgressCard.SubmitVerb, Inputs())).Card;
        var edit = (await ClickAsync(first, ProgressCard.EditVerb)).Card;
        var same = (await ClickAsync(edit, ProgressCard.SubmitVerb, Inputs(adminText: "  Đã rà soát 12 thủ tục hành chính.  "))).Card;

        Assert.Single(await ReportVersionsAsync(An));
        Assert.Contains(Strings.Vi.ProgressAlreadySaved, TextBlocks(second));
        Assert.Contains(Strings.Vi.ProgressUnchanged, TextBlocks(same));
    }

    [Fact]
    public async Task English_callers_get_english_cards_and_errors()
    {
        await SeedWithPledgesAsync(An);
        var form = await OpenReportAsync(An, "en-US");
        Assert.Equal("Progress report for 03/2013", TextBlocks(form)[0]);

        var refused = (await ClickAsync(form, ProgressCard.SubmitVerb, Inputs(admin: null, adminText: null), locale: "en-US")).Card;
        var summary = (await ClickAsync(form, ProgressCard.SubmitVerb, Inputs(), locale: "en-US")).Card;

        Assert.Contains(Strings.En.ProgressErrorsHeading, TextBlocks(refused));
        Assert.Contains(Strings.En.ProgressNothingReported, TextBlocks(refused));
        Assert.Contains(string.Format(Strings.En.ProgressSaved, 1), TextBlocks(summary));
        Assert.Contains(TextBlocks(summary), t => t.EndsWith(": **In progress**", StringComparison.Ordinal));
        Assert.Equal(ProgressCard.EditVerb, Verb(summary));
    }

    [Fact]
    public async Task Help_lists_the_report_command()
    {
        await SeedAsync();
        var help = Assert.Single(await SayAsync("trợ giúp"));

        Assert.True(Facts(help).ContainsKey(Strings.Vi.ProgressCommandWord));
    }
}
