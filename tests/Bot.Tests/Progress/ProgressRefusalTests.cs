using System.Text;
using System.Text.Json.Nodes;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.TestSupport.Cards;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Progress;

/// <summary>Every refusal of a progress report: nothing is stored and the answer is in the person's language.</summary>
public sealed class ProgressRefusalTests : ProgressTestBase
{
    [Fact]
    public async Task Someone_not_on_the_roster_or_not_the_subject_is_refused()
    {
        await SeedWithPledgesAsync(An, Lan);
        var form = await OpenReportAsync(An);

        var stranger = await ClickAsync(form, ProgressCard.SubmitVerb, Inputs(), StrangerAad);
        var colleague = await ClickAsync(form, ProgressCard.SubmitVerb, Inputs(), Lan.Aad);
        var left = await ClickAsync(form, ProgressCard.SubmitVerb, Inputs(), Left.Aad);

        Assert.Equal(Strings.Vi.PledgeNotOnRoster, stranger.Message);
        Assert.Equal(Strings.Vi.ProgressNotYours, colleague.Message);
        Assert.Equal(Strings.Vi.PledgeNotOnRoster, left.Message);
        Assert.Equal(0, await ReportCountAsync());
    }

    [Fact]
    public async Task A_card_of_another_campaign_or_without_a_month_is_refused()
    {
        await SeedWithPledgesAsync(An);
        var data = DataOf(await OpenReportAsync(An));

        var other = data.DeepClone().AsObject();
        other[ProgressCard.CampaignIdKey] = "ke-hoach-thi-dua-2012";
        var noMonth = data.DeepClone().AsObject();
        noMonth[ProgressCard.MonthKey] = "03/2013";

        Assert.Equal(Strings.Vi.ProgressOtherCampaign, (await ExecuteAsync(ProgressCard.SubmitVerb, Merge(other, Inputs()))).Message);
        Assert.Equal(Strings.Vi.ProgressBadMonth, (await ExecuteAsync(ProgressCard.SubmitVerb, Merge(noMonth, Inputs()))).Message);
        Assert.Equal(0, await ReportCountAsync());
    }

    [Fact]
    public async Task Without_a_pledge_the_command_and_the_card_point_to_pledging()
    {
        await SeedWithPledgesAsync(An);

        var cards = await SayAsync("báo cáo", Lan.Aad);
        var replies = RepliedTexts();
        var forged = DataOf(await OpenReportAsync(An));
        forged[ProgressCard.SubjectKey] = Lan.SignInName;
        var click = await ExecuteAsync(ProgressCard.SubmitVerb, Merge(forged, Inputs()), Lan.Aad);

        Assert.Empty(cards);
        Assert.Equal([Strings.Vi.ProgressNoPledge], replies);
        Assert.Equal(Strings.Vi.ProgressNoPledge, click.Message);
        Assert.Contains("đăng ký", Strings.Vi.ProgressNoPledge, StringComparison.Ordinal);
        Assert.Equal(0, await ReportCountAsync());
    }

    [Fact]
    public async Task A_future_month_or_a_month_outside_every_phase_is_refused()
    {
        await SeedWithPledgesAsync(An);
        var data = DataOf(await OpenReportAsync(An));

        var april = data.DeepClone().AsObject();
        april[ProgressCard.MonthKey] = "2013-04";
        var february = data.DeepClone().AsObject();
        february[ProgressCard.MonthKey] = "2013-02";

        Assert.Equal(string.Format(Strings.Vi.ProgressMonthFuture, "04/2013"), (await ExecuteAsync(ProgressCard.SubmitVerb, Merge(april, Inputs()))).Message);
        Assert.Equal(string.Format(Strings.Vi.ProgressMonthOutsidePhases, "02/2013"), (await ExecuteAsync(ProgressCard.SubmitVerb, Merge(february, Inputs()))).Message);
        Assert.Equal(0, await ReportCountAsync("2013-04"));
        Assert.Equal(0, await ReportCountAsync("2013-02"));

        Clock.AdjustTime(new DateTimeOffset(2014, 1, 5, 9, 0, 0, TimeSpan.FromHours(7)));
        var january = Assert.Single(await SayAsync("báo cáo", An.Aad));
        Assert.Null(january["actions"]);
        Assert.Contains(string.Format(Strings.Vi.ProgressMonthOutsidePhases, "01/2014"), TextBlocks(january));
    }

    [Fact]
    public async Task A_closed_phase_takes_no_more_reports_and_shows_the_report_as_final()
    {
        await SeedWithPledgesAsync(An, Lan);
        var lanForm = await OpenReportAsync(Lan);
        _ = (await ClickAsync(await OpenReportAsync(An), ProgressCard.SubmitVerb, Inputs())).Card;
        await Service<CampaignStore>().SetPhaseStateAsync(BotApplication.TenantId, CampaignId,
            new PhaseState("dot-1", PhaseStatus.Closed, null, Clock.GetUtcNow(), "aad-secretary"), CancellationToken.None);

        var refused = (await ClickAsync(lanForm, ProgressCard.SubmitVerb, Inputs(), Lan.Aad)).Card;
        var anNow = await OpenReportAsync(An);

        Assert.Null(refused["actions"]);
        Assert.Contains(TextBlocks(refused), t => t.EndsWith("không nhận báo cáo tháng 03/2013 nữa.", StringComparison.Ordinal));
        Assert.Null(anNow["actions"]);
        Assert.Contains(Strings.Vi.ProgressFinal, TextBlocks(anNow));
        Assert.Null(await ReportAsync(Lan));
        Assert.Equal(1, await ReportCountAsync());
        CardAssert.AllValid([refused, anNow]);
    }

    [Fact]
    public async Task Once_the_unit_report_exists_the_month_is_closed_for_the_units_people_only()
    {
        await SeedWithPledgesAsync(An, Lan, Long);
        var anSummary = (await ClickAsync(await OpenReportAsync(An), ProgressCard.SubmitVerb, Inputs())).Card;
        var lanForm = await OpenReportAsync(Lan);
        var longForm = await OpenReportAsync(Long);

        await Reports.SubmitUnitReportAsync(BotApplication.TenantId, CampaignId, March, Office,
            new ProgressAuthor(Dung.Aad, Dung.SignInName, Dung.Name), Clock.GetUtcNow(), CancellationToken.None);

        var lanRefused = (await ClickAsync(lanForm, ProgressCard.SubmitVerb, Inputs(), Lan.Aad)).Card;
        var anEdit = (await ClickAsync(anSummary, ProgressCard.EditVerb)).Card;
        var anCommand = await OpenReportAsync(An);
        var longSaved = (await ClickAsync(longForm, ProgressCard.SubmitVerb, Inputs(), Long.Aad)).Card;

        var closed = string.Format(Strings.Vi.ProgressUnitMonthClosed, "03/2013");
        Assert.Contains(closed, TextBlocks(lanRefused));
        Assert.Null(lanRefused["actions"]);
        Assert.Null(await ReportAsync(Lan));
        Assert.Contains(closed, TextBlocks(anEdit));
        Assert.Null(anEdit["actions"]);
        Assert.Contains(closed, TextBlocks(anCommand));
        Assert.Single(await ReportVersionsAsync(An));
        Assert.Equal(ProgressCard.EditVerb, Verb(longSaved));
        Assert.NotNull(await ReportAsync(Long));
    }

    [Fact]
    public async Task A_card_built_from_an_older_pledge_is_refused_with_a_fresh_card_keeping_what_was_typed()
    {
        await SeedWithPledgesAsync(An);
        var oldForm = await OpenReportAsync(An);
        var pledgeEdit = (await ClickAsync(await OpenCardAsync(An), PledgeCard.EditVerb)).Card;
        _ = (await ClickAsync(pledgeEdit, PledgeCard.SubmitVerb, ValidInputs(areas: "quan-ly-nha-nuoc,tuyen-truyen-chinh-sach"))).Card;

        var fresh = (await ClickAsync(oldForm, ProgressCard.SubmitVerb, Inputs(state: "done", stateText: "Đã thẩm định 3 dự án."))).Card;

        Assert.Equal(0, await ReportCountAsync());
        Assert.Contains(Strings.Vi.ProgressPledgeChanged, TextBlocks(fresh));
        Assert.Equal(2, DataOf(fresh)[ProgressCard.PledgeVersionKey]!.GetValue<int>());
        Assert.Null(Input(fresh, ProgressCard.StatusInputPrefix + Admin));
        Assert.Equal("done", InputValue(fresh, ProgressCard.StatusInputPrefix + State));
        Assert.Equal("Đã thẩm định 3 dự án.", InputValue(fresh, ProgressCard.AchievedInputPrefix + State));
        Assert.NotNull(Input(fresh, ProgressCard.StatusInputPrefix + "tuyen-truyen-chinh-sach"));

        var saved = (await ClickAsync(fresh, ProgressCard.SubmitVerb, Inputs(admin: null, adminText: null, state: "done", stateText: "Đã thẩm định 3 dự án."))).Card;
        Assert.Equal(ProgressCard.EditVerb, Verb(saved));
        Assert.Equal(2, (await ReportAsync(An))!.PledgeVersion);
        CardAssert.AllValid([oldForm, fresh, saved]);
    }

    [Fact]
    public async Task Unknown_statuses_empty_reports_texts_without_status_and_overlong_texts_are_refused_with_the_values_kept()
    {
        await SeedWithPledgesAsync(An);
        var form = await OpenReportAsync(An);
        var longText = new string('x', ProgressLimits.MaxAchievedLength + 1);

        var unknown = (await ClickAsync(form, ProgressCard.SubmitVerb, Inputs(admin: "finished"))).Card;
        var empty = (await ClickAsync(form, ProgressCard.SubmitVerb, Inputs(admin: null, adminText: null))).Card;
        var noStatus = (await ClickAsync(form, ProgressCard.SubmitVerb, Inputs(stateText: "Đã làm một phần."))).Card;
        var tooLong = (await ClickAsync(form, ProgressCard.SubmitVerb, Inputs(adminText: longText))).Card;
        var deedTooLong = (await ClickAsync(form, ProgressCard.SubmitVerb, Inputs(deedText: new string('y', ProgressLimits.MaxGoodDeedLength + 1)))).Card;
        var noName = (await ClickAsync(form, ProgressCard.SubmitVerb, Inputs(deedAbout: "colleague", deedText: "Giúp đỡ đồng nghiệp."))).Card;
        var badAbout = (await ClickAsync(form, ProgressCard.SubmitVerb, Inputs(deedAbout: "boss", deedText: "x"))).Card;

        Assert.Equal(0, await ReportCountAsync());
        Assert.Contains("Tình trạng không hợp lệ ở nội dung: Cải cách hành chính, áp dụng ISO, giảm thời gian giải quyết thủ tục.", TextBlocks(unknown));
        Assert.Equal("Đã rà soát 12 thủ tục hành chính.", InputValue(unknown, ProgressCard.AchievedInputPrefix + Admin));
        Assert.Contains(Strings.Vi.ProgressNothingReported, TextBlocks(empty));
        Assert.Contains(TextBlocks(noStatus), t => t.StartsWith("Hãy chọn tình trạng cho nội dung đã ghi kết quả: Quản lý nhà nước", StringComparison.Ordinal));
        Assert.Equal("Đã làm một phần.", InputValue(noStatus, ProgressCard.AchievedInputPrefix + State));
        Assert.Contains(TextBlocks(tooLong), t => t.EndsWith("dài 1.001 ký tự; tối đa 1.000.", StringComparison.Ordinal));
        Assert.Equal(longText, InputValue(tooLong, ProgressCard.AchievedInputPrefix + Admin));
        Assert.Contains(string.Format(Strings.Vi.ProgressGoodDeedTooLong, "1.501", "1.500"), TextBlocks(deedTooLong));
        Assert.Contains(Strings.Vi.ProgressGoodDeedNameRequired, TextBlocks(noName));
        Assert.Equal("colleague", InputValue(noName, ProgressCard.GoodDeedAboutInput));
        Assert.Contains(Strings.Vi.ProgressGoodDeedAboutUnknown, TextBlocks(badAbout));
        foreach (var card in new[] { unknown, empty, noStatus, tooLong, deedTooLong, noName, badAbout })
        {
            Assert.Equal(Strings.Vi.ProgressErrorsHeading, TextBlocks(card)[2]);
            Assert.Equal(ProgressCard.SubmitVerb, Verb(card));
        }
        CardAssert.AllValid([unknown, tooLong, noName]);
    }

    [Fact]
    public async Task Lengths_are_counted_after_trimming_and_NFC()
    {
        await SeedWithPledgesAsync(An);
        var composed = string.Concat(Enumerable.Repeat("ệ", ProgressLimits.MaxAchievedLength));
        var decomposed = "  " + composed.Normalize(NormalizationForm.FormD) + "\n";
        Assert.True(decomposed.Length > ProgressLimits.MaxAchievedLength);

        var summary = (await ClickAsync(await OpenReportAsync(An), ProgressCard.SubmitVerb, Inputs(adminText: decomposed))).Card;

        Assert.Equal(ProgressCard.EditVerb, Verb(summary));
        Assert.Equal(composed, (await ReportAsync(An))!.Content.Areas[0].Achieved);
    }

    private static JsonObject Merge(JsonObject data, JsonObject inputs)
    {
        foreach (var (key, value) in inputs)
        {
            data[key] = value?.DeepClone();
        }
        return data;
    }
}
