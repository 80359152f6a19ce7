using System.Text.Json.Nodes;
using ThiDuaBot.TestSupport.Cards;

namespace ThiDuaBot.Cards.Tests;

public sealed class ReviewCardTests
{
    private const int Budget = 26 * 1024;
    private const string LongDeed =
        "Đồng chí đã chủ động đề xuất và trực tiếp thực hiện việc số hóa toàn bộ hồ sơ thủ tục hành chính của đơn vị, "
        + "hỗ trợ người dân nộp hồ sơ trực tuyến ngoài giờ hành chính, đồng thời tham gia hiến máu tình nguyện. ";

    /// <summary>The year's final review of <paramref name="units"/> units with long names over ten months, <paramref name="deeds"/> long deeds.</summary>
    private static ReviewCardModel Year(int units = 30, int deeds = 60, bool final = true) => new()
    {
        Final = final,
        PhaseName = "Đợt 2",
        PhaseNumber = 2,
        Year = 2013,
        Start = new DateOnly(2013, 3, 1),
        End = new DateOnly(2013, 12, 31),
        CampaignTitle = "Kế hoạch tổ chức phong trào thi đua yêu nước năm 2013 của Sở Khoa học và Công nghệ tỉnh Bắc Giang",
        Official = true,
        ShownAt = new DateTimeOffset(2014, 1, 1, 8, 0, 0, TimeSpan.FromHours(7)),
        MonthsCounted = [.. Enumerable.Range(3, 10).Select(m => $"{m:00}/2013")],
        Members = units * 40,
        Pledged = units * 38,
        PledgedPercent = 95,
        Reports = units * 300,
        Expected = units * 400,
        ReportedPercent = 75,
        UnitReports = units * 9,
        UnitReportsExpected = units * 10,
        Units = [.. Enumerable.Range(1, units).Select(i => new ReviewCardUnit($"Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Bắc Giang số {i}", 40, 38, 300, 400, 75, 9, 10))],
        Months = [.. Enumerable.Range(3, 10).Select(m => new ReviewCardMonth($"{m:00}/2013", units * 30, units * 40, 75, units - 1, units))],
        Titles =
        [
            new DigestCardTitle("Lao động tiên tiến", false, units * 30),
            new DigestCardTitle("Chiến sĩ thi đua cơ sở", false, units * 8),
            new DigestCardTitle("Tập thể lao động xuất sắc", true, units / 2),
        ],
        Areas = [.. Enumerable.Range(1, 8).Select(i => new UnitMonthArea($"Nội dung thi đua số {i}: thực hiện tốt nhiệm vụ chính trị, chuyên môn được giao", 300, 500, 100, 20))],
        Deeds = [.. Enumerable.Range(1, deeds).Select(i => new ReviewCardDeed($"{3 + i % 10:00}/2013", new DigestCardDeed($"Nguyễn Thị Thanh Hương Quỳnh Phương {i}", $"Trung tâm Ứng dụng tiến bộ khoa học và công nghệ số {i}", i % 2 == 0 ? "Trần Thị Minh Nguyệt" : null, string.Concat(Enumerable.Repeat(LongDeed, 4)))))],
        ChartImageUrl = "https://thiduabot.example/charts/0123456789abcdef0123456789abcdef.png",
    };

    private static JsonObject ChartOf(JsonObject card) =>
        card["body"]!.AsArray().Select(e => e!.AsObject()).Single(e => e["type"]!.GetValue<string>() == DigestChart.Type);

    private static IReadOnlyList<string> Texts(JsonObject card) =>
        card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "TextBlock").Select(e => e!["text"]!.GetValue<string>()).ToList();

    [Fact]
    public void Thirty_units_over_ten_months_with_sixty_long_deeds_fit_under_26_KB_in_both_languages_and_pass_the_renderer()
    {
        var cards = new[] { Strings.Vi, Strings.En }.Select(s => ReviewCard.Build(s, Year())).ToList();
        foreach (var card in cards)
        {
            Assert.True(PledgeCard.SizeInBytes(card) <= Budget, $"{PledgeCard.SizeInBytes(card)} bytes");
            Assert.Equal(30, ChartOf(card)["data"]!.AsArray().Count);
        }
        CardAssert.AllValid(cards, Budget);
        Assert.Equal("Tổng kết năm 2013 (01/03/2013 – 31/12/2013)", Texts(cards[0])[0]);
        Assert.Equal("Final review of 2013 (01/03/2013 – 31/12/2013)", Texts(cards[1])[0]);
    }

    [Fact]
    public void A_large_organisation_shows_the_top_of_the_table_and_every_month()
    {
        var card = ReviewCard.Build(Strings.Vi, Year(units: 200));
        Assert.True(PledgeCard.SizeInBytes(card) <= Budget);
        Assert.Equal(DigestCard.MaxUnits, ChartOf(card)["data"]!.AsArray().Count);
        Assert.Contains("… và 170 đơn vị khác.", Texts(card));
        var facts = card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "FactSet").SelectMany(f => f!["facts"]!.AsArray()).ToList();
        Assert.Equal(10, facts.Count(f => f!["title"]!.GetValue<string>().EndsWith("/2013", StringComparison.Ordinal)));
        Assert.Contains(facts, f => f!["title"]!.GetValue<string>() == "12/2013" && f["value"]!.GetValue<string>() == "báo cáo 6000/8000 (75%) · đơn vị nộp báo cáo 199/200");
        CardAssert.Valid(card, Budget);
    }

    [Fact]
    public void An_interim_review_is_titled_by_its_phase_and_points_to_its_Word_report()
    {
        var card = ReviewCard.Build(Strings.Vi, Year(units: 3, deeds: 0, final: false) with { PhaseName = "Đợt 1", PhaseNumber = 1, End = new DateOnly(2013, 6, 30), Official = false });
        var texts = Texts(card);
        Assert.Equal("Sơ kết Đợt 1 (01/03/2013 – 30/06/2013)", texts[0]);
        Assert.Contains("Bản xem theo yêu cầu lúc 01/01/2014 08:00; số liệu còn có thể thay đổi.", texts);
        Assert.Contains(Strings.Vi.ReviewNoDeeds, texts);
        Assert.Contains("Báo cáo sơ kết dạng Word để hoàn thiện và trình ký: lệnh **xuất báo cáo word 1**; bảng đầy đủ: **xuất báo cáo excel**.", texts);
    }

    [Fact]
    public void Without_a_picture_the_chart_falls_back_to_a_line_of_text()
    {
        var fallback = ChartOf(ReviewCard.Build(Strings.En, Year(units: 3) with { ChartImageUrl = null }))["fallback"]!;
        Assert.Equal("TextBlock", fallback["type"]!.GetValue<string>());
        Assert.Equal(Strings.En.DigestChartFallback, fallback["text"]!.GetValue<string>());
    }
}
