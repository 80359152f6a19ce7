using System.Text.Json.Nodes;
using ThiDuaBot.TestSupport.Cards;

namespace ThiDuaBot.Cards.Tests;

public sealed class UnitMonthCardTests
{
    private const int Budget = 26 * 1024;
    private static readonly DateTimeOffset ShownAt = new(2013, 3, 25, 9, 30, 0, TimeSpan.FromHours(7));
    private const string LongDeed =
        "Đồng chí đã chủ động đề xuất và trực tiếp thực hiện việc số hóa toàn bộ hồ sơ thủ tục hành chính của đơn vị, "
        + "hỗ trợ người dân nộp hồ sơ trực tuyến ngoài giờ hành chính, đồng thời tham gia hiến máu tình nguyện, quyên góp "
        + "ủng hộ đồng bào vùng lũ và giúp đỡ đồng nghiệp có hoàn cảnh khó khăn trong suốt tháng. ";

    /// <summary>A unit of <paramref name="people"/> with long Vietnamese names: a third reported, a third late, a third without a pledge, everyone reported with a long good deed.</summary>
    private static UnitMonthModel Unit(Strings s, int people = 200, bool submitted = false, bool canNudge = true, int deeds = -1)
    {
        UnitMonthPerson Person(int i, string? note = null) =>
            new($"nguyen.thi.thanh.huong.{i}@sokhcn.bacgiang.gov.vn", $"Nguyễn Thị Thanh Hương Quỳnh Phương {i}", note);
        var third = people / 3;
        return new UnitMonthModel
        {
            CampaignId = "ke-hoach-thi-dua-2013",
            UnitId = "trung-tam-ung-dung-tien-bo-khoa-hoc-va-cong-nghe",
            Month = "2013-03",
            MonthText = "03/2013",
            CampaignTitle = "Kế hoạch tổ chức phong trào thi đua yêu nước năm 2013 của Sở Khoa học và Công nghệ",
            UnitName = "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Bắc Giang",
            StaffReportDay = new DateOnly(2013, 3, 20),
            PastReportDay = true,
            HeadUserId = "29:1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c",
            Nonce = "0123456789abcdef0123456789abcdef",
            Members = people,
            Reported = [.. Enumerable.Range(1, third).Select(i => Person(i, "lúc 18/03 09:15, bản 2"))],
            NotReported = [.. Enumerable.Range(third + 1, third).Select(i => Person(i))],
            WithoutPledge = [.. Enumerable.Range(2 * third + 1, people - 2 * third).Select(i => Person(i))],
            Areas = [.. Enumerable.Range(1, 8).Select(i => new UnitMonthArea($"Nội dung thi đua số {i}: thực hiện tốt nhiệm vụ chính trị, chuyên môn được giao", 10, 20, 5, 1))],
            Deeds = [.. Enumerable.Range(1, deeds < 0 ? third : deeds).Select(i => new UnitMonthDeed(
                Person(i).SignInName, Person(i).Name, string.Format(s.UnitMonthDeedAboutColleague, "Trần Thị Minh Nguyệt " + i), string.Concat(Enumerable.Repeat(LongDeed, 5)),
                i % 3 == 0 ? UnitMonthCard.DecisionConfirm : null))],
            Report = submitted ? new UnitMonthReportLine(2, "Hoàng Văn Dũng", ShownAt, new string('ý', 2_000), new string('l', 500)) : null,
            CanAmend = submitted,
            CanNudge = canNudge && !submitted,
            Notices = [string.Format(s.UnitMonthDeedSaved, "Nguyễn Thị Thanh Hương Quỳnh Phương 3", s.UnitMonthDeedConfirmed)],
            ShownAt = ShownAt,
        };
    }

    private static IEnumerable<JsonObject> Actions(JsonNode node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>()?.StartsWith("Action.", StringComparison.Ordinal) == true => [o],
        JsonObject o => o.SelectMany(p => p.Value is null || p.Key == "refresh" ? [] : Actions(p.Value)),
        JsonArray a => a.SelectMany(e => e is null ? [] : Actions(e)),
        _ => [],
    };

    private static IReadOnlyList<string> Texts(JsonObject card) =>
        card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "TextBlock").Select(e => e!["text"]!.GetValue<string>()).ToList();

    [Fact]
    public void A_unit_of_200_with_many_long_good_deeds_parses_and_stays_under_26_KB_open_or_submitted_in_both_languages()
    {
        var cards = new[]
        {
            UnitMonthCard.Build(Strings.Vi, Unit(Strings.Vi)),
            UnitMonthCard.Build(Strings.En, Unit(Strings.En)),
            UnitMonthCard.Build(Strings.Vi, Unit(Strings.Vi, submitted: true)),
            UnitMonthCard.Build(Strings.Vi, Unit(Strings.Vi, people: 200, deeds: 200)),
            UnitMonthCard.Build(Strings.Vi, Unit(Strings.Vi, people: 0)),
        };

        foreach (var card in cards)
        {
            Assert.InRange(PledgeCard.SizeInBytes(card), 1, Budget);
        }
        CardAssert.AllValid(cards);
    }

    [Fact]
    public void Long_lists_are_capped_and_the_rest_counted()
    {
        var card = UnitMonthCard.Build(Strings.Vi, Unit(Strings.Vi, people: 200, deeds: 200));

        var texts = Texts(card);
        Assert.Contains("Quá hạn, chưa báo cáo (66)", texts);
        Assert.Contains("Người tốt việc tốt được đề xuất trong tháng (200)", texts);
        Assert.Contains(texts, t => t.StartsWith("… và ", StringComparison.Ordinal) && t.EndsWith(" người khác.", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("… và ", StringComparison.Ordinal) && t.Contains(" đề xuất khác", StringComparison.Ordinal));
        var nudges = Actions(card["body"]!).Count(a => a["verb"]!.GetValue<string>() == UnitMonthCard.NudgeVerb);
        Assert.InRange(nudges, 5, 20);
        Assert.All(texts, t => Assert.True(t.Length <= 2_100, "a text longer than the comment limit"));
    }

    [Fact]
    public void Open_card_has_a_comment_box_submit_nudge_all_refresh_and_refreshes_for_the_head_alone()
    {
        var card = UnitMonthCard.Build(Strings.Vi, Unit(Strings.Vi, people: 9));

        var comment = card["body"]!.AsArray().Single(e => e!["id"]?.GetValue<string>() == UnitMonthCard.CommentInput)!;
        Assert.True(comment["isMultiline"]!.GetValue<bool>());
        Assert.Equal(2_000, comment["maxLength"]!.GetValue<int>());
        Assert.Equal([UnitMonthCard.SubmitVerb, UnitMonthCard.NudgeVerb, UnitMonthCard.RefreshVerb], card["actions"]!.AsArray().Select(a => a!["verb"]!.GetValue<string>()));
        Assert.Equal("Gửi báo cáo tháng", card["actions"]![0]!["title"]!.GetValue<string>());
        Assert.Equal("0123456789abcdef0123456789abcdef", card["actions"]![0]!["data"]![UnitMonthCard.NonceKey]!.GetValue<string>());
        Assert.True(card["actions"]![1]!["data"]![UnitMonthCard.AllKey]!.GetValue<bool>());
        var refresh = card["refresh"]!.AsObject();
        Assert.Equal(["29:1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c"], refresh["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal(UnitMonthCard.RefreshVerb, refresh["action"]!["verb"]!.GetValue<string>());
        Assert.Equal("2013-03", refresh["action"]!["data"]![UnitMonthCard.MonthKey]!.GetValue<string>());
        var deedButtons = Actions(card["body"]!).Where(a => a["verb"]!.GetValue<string>() == UnitMonthCard.DeedVerb).ToList();
        // Deed 3 is confirmed already: only "set aside" next to it; deeds 1 and 2 have both buttons.
        Assert.Equal(5, deedButtons.Count);
        CardAssert.Valid(card);
    }

    [Fact]
    public void Submitted_card_shows_the_report_and_the_amendment_box_and_no_submit_deed_or_nudge_buttons()
    {
        var card = UnitMonthCard.Build(Strings.En, Unit(Strings.En, people: 9, submitted: true));

        var verbs = Actions(card).Select(a => a["verb"]!.GetValue<string>()).ToList();
        Assert.Equal([UnitMonthCard.AmendVerb, UnitMonthCard.RefreshVerb], verbs);
        var reason = card["body"]!.AsArray().Single(e => e!["id"]?.GetValue<string>() == UnitMonthCard.ReasonInput)!;
        Assert.Contains("bắt buộc", Strings.Vi.UnitMonthReasonLabel, StringComparison.Ordinal);
        Assert.Equal(500, reason["maxLength"]!.GetValue<int>());
        var comment = card["body"]!.AsArray().Single(e => e!["id"]?.GetValue<string>() == UnitMonthCard.CommentInput)!;
        Assert.Equal(new string('ý', 2_000), comment["value"]!.GetValue<string>());
        Assert.Contains(Strings.En.UnitMonthReportHeading, Texts(card));
        CardAssert.Valid(card);
    }
}
