using System.Text.Json.Nodes;
using Xunit.Abstractions;
using ThiDuaBot.TestSupport.Cards;

namespace ThiDuaBot.Cards.Tests;

public sealed class ProgressCardTests(ITestOutputHelper output)
{
    private const string Sentence = "Đã rà soát, cập nhật quy trình giải quyết thủ tục hành chính và hướng dẫn các đơn vị thực hiện; ";

    private static string Long(int length, string sentence = Sentence) =>
        string.Concat(Enumerable.Repeat(sentence, length / sentence.Length + 1))[..length];

    private static IReadOnlyList<PledgeChoice> Statuses(Strings s) =>
    [
        new("not-started", s.ProgressStatusNotStarted), new("in-progress", s.ProgressStatusInProgress),
        new("done", s.ProgressStatusDone), new("blocked", s.ProgressStatusBlocked),
    ];

    private static ProgressFormModel Form(Strings s, int areas = 2, Func<int, string?>? achieved = null, string title = "Cải cách hành chính") => new()
    {
        Action = new ProgressActionData("ke-hoach-thi-dua-2013", "2013-03", "an@x.example", 1, "nonce-1"),
        CampaignTitle = "Kế hoạch thi đua năm 2013",
        MonthText = "03/2013",
        PersonName = "Nguyễn Văn An",
        UnitName = "Văn phòng Sở",
        TitleName = "Lao động tiên tiến",
        Targets = "Hoàn thành 100% nhiệm vụ.\nCó 1 sáng kiến.",
        Statuses = Statuses(s),
        Areas = Enumerable.Range(1, areas).Select(i => new ProgressAreaInput($"noi-dung-{i:D2}", title + " " + i, i == 1 ? "in-progress" : null, achieved?.Invoke(i))).ToList(),
    };

    private static ProgressSummaryModel Summary(Strings s, bool editable, int areas = 2, string? achieved = null) => new()
    {
        Action = new ProgressActionData("ke-hoach-thi-dua-2013", "2013-03", "an@x.example", 1, "nonce-2"),
        CampaignTitle = "Kế hoạch thi đua năm 2013",
        MonthText = "03/2013",
        PersonName = "Nguyễn Văn An",
        UnitName = "Văn phòng Sở",
        TitleName = "Lao động tiên tiến",
        Editable = editable,
        Areas = Enumerable.Range(1, areas).Select(i => new ProgressAreaLine("Nội dung " + i, s.ProgressStatusDone, achieved ?? "Xong.")).ToList(),
        GoodDeedAbout = string.Format(s.ProgressGoodDeedAboutColleague, "Phạm Thị Lan"),
        GoodDeedText = "Hiến máu tình nguyện.",
        Version = 2,
        SavedAt = new DateTimeOffset(2013, 3, 25, 9, 30, 0, TimeSpan.FromHours(7)),
    };

    [Fact]
    public void Forms_summaries_and_closed_cards_in_both_languages_are_valid()
    {
        CardAssert.AllValid(
        [
            ProgressCard.Form(Strings.Vi, Form(Strings.Vi)),
            ProgressCard.Form(Strings.En, Form(Strings.En) with { Errors = [Strings.En.ProgressErrorsHeading], GoodDeedAbout = ProgressCard.GoodDeedColleague, GoodDeedName = "Lan", GoodDeedText = "x" }),
            ProgressCard.Summary(Strings.Vi, Summary(Strings.Vi, editable: true)),
            ProgressCard.Summary(Strings.En, Summary(Strings.En, editable: false)),
            ProgressCard.Closed(Strings.Vi, "Kế hoạch", "03/2013", "An", "Văn phòng", string.Format(Strings.Vi.ProgressUnitMonthClosed, "03/2013")),
        ]);
    }

    [Fact]
    public void Form_has_a_status_with_the_four_choices_and_a_text_per_pledged_area_and_sends_the_card_data()
    {
        var card = ProgressCard.Form(Strings.Vi, Form(Strings.Vi, achieved: i => i == 1 ? "Đã làm." : null));

        Assert.Equal("Báo cáo tiến độ tháng 03/2013", Str(card["body"]![0]!["text"]));
        var status = Input(card, ProgressCard.StatusInputPrefix + "noi-dung-01");
        Assert.Equal(["Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Gặp khó khăn"], status["choices"]!.AsArray().Select(c => Str(c!["title"])));
        Assert.Equal(["not-started", "in-progress", "done", "blocked"], status["choices"]!.AsArray().Select(c => Str(c!["value"])));
        Assert.Equal("in-progress", Str(status["value"]));
        Assert.Null(Input(card, ProgressCard.StatusInputPrefix + "noi-dung-02")["value"]);
        var achieved = Input(card, ProgressCard.AchievedInputPrefix + "noi-dung-01");
        Assert.Equal("Đã làm.", Str(achieved["value"]));
        Assert.Equal(ProgressLimits.MaxAchievedLength, achieved["maxLength"]!.GetValue<int>());
        Assert.True(achieved["isMultiline"]!.GetValue<bool>());
        Assert.NotNull(Input(card, ProgressCard.GoodDeedTextInput));

        var action = card["actions"]![0]!;
        Assert.Equal(ProgressCard.SubmitVerb, Str(action["verb"]));
        Assert.Equal("Action.Execute", Str(action["type"]));
        var data = action["data"]!;
        Assert.Equal("2013-03", Str(data[ProgressCard.MonthKey]));
        Assert.Equal("an@x.example", Str(data[ProgressCard.SubjectKey]));
        Assert.Equal(1, data[ProgressCard.PledgeVersionKey]!.GetValue<int>());
        Assert.Equal("nonce-1", Str(data[ProgressCard.NonceKey]));
    }

    [Fact]
    public void Summary_is_editable_only_while_the_month_is_open()
    {
        var open = ProgressCard.Summary(Strings.Vi, Summary(Strings.Vi, editable: true));
        var closed = ProgressCard.Summary(Strings.Vi, Summary(Strings.Vi, editable: false));

        Assert.Equal(ProgressCard.EditVerb, Str(open["actions"]![0]!["verb"]));
        Assert.Null(closed["actions"]);
        Assert.Contains(Strings.Vi.ProgressFinal, Texts(closed));
        Assert.Contains("• Nội dung 1: **Hoàn thành**", Texts(open));
        Assert.Contains("Về đồng nghiệp: Phạm Thị Lan", Texts(open));
    }

    [Fact]
    public void With_30_long_content_areas_and_every_text_at_its_limit_the_form_fits_and_keeps_the_values()
    {
        var perArea = ProgressLimits.MaxAchievedTotalLength / 30;
        var model = Form(Strings.Vi, areas: 30, achieved: _ => Long(perArea), title: Long(300)) with
        {
            Targets = Long(PledgeLimits.MaxTargetsLength),
            GoodDeedAbout = ProgressCard.GoodDeedColleague,
            GoodDeedName = Long(ProgressLimits.MaxColleagueNameLength),
            GoodDeedText = Long(ProgressLimits.MaxGoodDeedLength),
            Errors = [Strings.Vi.ProgressErrorsHeading, Strings.Vi.ProgressNothingReported],
        };

        var card = ProgressCard.Form(Strings.Vi, model);

        output.WriteLine($"form: {PledgeCard.SizeInBytes(card)} bytes");
        CardAssert.Valid(card);
        Assert.Equal(Long(perArea), Str(Input(card, ProgressCard.AchievedInputPrefix + "noi-dung-30")["value"]));
        Assert.Equal(Long(ProgressLimits.MaxGoodDeedLength), Str(Input(card, ProgressCard.GoodDeedTextInput)["value"]));
        Assert.DoesNotContain(Strings.Vi.ProgressTextCut, Texts(card));
    }

    [Fact]
    public void Even_three_byte_texts_over_the_limits_fit_by_shortening_with_a_notice()
    {
        const string Heavy = "ệ";
        var model = Form(Strings.Vi, areas: 30, achieved: _ => Long(2 * ProgressLimits.MaxAchievedLength, Heavy), title: Long(300, Heavy)) with
        {
            Targets = Long(PledgeLimits.MaxTargetsLength, Heavy),
            GoodDeedText = Long(2 * ProgressLimits.MaxGoodDeedLength, Heavy),
        };

        var card = ProgressCard.Form(Strings.Vi, model);
        var summary = ProgressCard.Summary(Strings.Vi, Summary(Strings.Vi, editable: true, areas: 30, achieved: Long(ProgressLimits.MaxAchievedLength, Heavy)));

        output.WriteLine($"form: {PledgeCard.SizeInBytes(card)} bytes, summary: {PledgeCard.SizeInBytes(summary)} bytes");
        CardAssert.AllValid([card, summary]);
        Assert.Contains(Strings.Vi.ProgressTextCut, Texts(card));
        Assert.Contains(Strings.Vi.ProgressTextCut, Texts(summary));
    }

    [Fact]
    public void Summary_of_30_areas_within_the_total_limit_shows_every_text_in_full()
    {
        var text = Long(ProgressLimits.MaxAchievedTotalLength / 30);

        var summary = ProgressCard.Summary(Strings.Vi, Summary(Strings.Vi, editable: true, areas: 30, achieved: text));

        output.WriteLine($"summary: {PledgeCard.SizeInBytes(summary)} bytes");
        CardAssert.Valid(summary);
        Assert.Contains(text.TrimEnd(), Texts(summary));
        Assert.DoesNotContain(Strings.Vi.ProgressTextCut, Texts(summary));
    }

    private static JsonObject Input(JsonObject card, string id) =>
        card["body"]!.AsArray().Select(e => e!.AsObject()).Single(e => Str(e["id"]) == id);

    private static IReadOnlyList<string> Texts(JsonObject card) =>
        card["body"]!.AsArray().Where(e => Str(e!["type"]) == "TextBlock").Select(e => Str(e!["text"])).ToList();

    private static string Str(JsonNode? node) => node?.GetValue<string>() ?? "";
}
