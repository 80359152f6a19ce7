using System.Text.Json.Nodes;
using ThiDuaBot.TestSupport.Cards;

namespace ThiDuaBot.Cards.Tests;

public sealed class DigestCardTests
{
    private const int Budget = 26 * 1024;
    private const string LongDeed =
        "Đồng chí đã chủ động đề xuất và trực tiếp thực hiện việc số hóa toàn bộ hồ sơ thủ tục hành chính của đơn vị, "
        + "hỗ trợ người dân nộp hồ sơ trực tuyến ngoài giờ hành chính, đồng thời tham gia hiến máu tình nguyện. ";

    /// <summary>A department of <paramref name="units"/> units with long Vietnamese names, half without their report, <paramref name="deeds"/> long good deeds.</summary>
    private static DigestCardModel Department(int units = 30, int deeds = 40, string? imageUrl = "https://thiduabot.example/charts/0123456789abcdef0123456789abcdef.png") => new()
    {
        MonthText = "03/2013",
        CampaignTitle = "Kế hoạch tổ chức phong trào thi đua yêu nước năm 2013 của Sở Khoa học và Công nghệ tỉnh Bắc Giang",
        Official = true,
        ShownAt = new DateTimeOffset(2013, 3, 26, 8, 0, 0, TimeSpan.FromHours(7)),
        Members = units * 40,
        Pledged = units * 38,
        Reported = units * 30,
        ReportedPercent = 75,
        Late = units * 8,
        Done = units * 25,
        Units = [.. Enumerable.Range(1, units).Select(i => new DigestCardUnit($"Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Bắc Giang số {i}", 40, 38, 30, 75, 8, i % 2 == 0))],
        UnitsWithoutReport = [.. Enumerable.Range(1, units / 2).Select(i => $"Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Bắc Giang số {2 * i - 1}")],
        Titles =
        [
            new DigestCardTitle("Lao động tiên tiến", false, units * 30),
            new DigestCardTitle("Chiến sĩ thi đua cơ sở", false, units * 8),
            new DigestCardTitle("Tập thể lao động xuất sắc", true, units / 2),
        ],
        Areas = [.. Enumerable.Range(1, 8).Select(i => new UnitMonthArea($"Nội dung thi đua số {i}: thực hiện tốt nhiệm vụ chính trị, chuyên môn được giao", 300, 500, 100, 20))],
        Deeds = [.. Enumerable.Range(1, deeds).Select(i => new DigestCardDeed($"Nguyễn Thị Thanh Hương Quỳnh Phương {i}", $"Trung tâm Ứng dụng tiến bộ khoa học và công nghệ số {i}", i % 2 == 0 ? "Trần Thị Minh Nguyệt" : null, string.Concat(Enumerable.Repeat(LongDeed, 4))))],
        PreviousMonthText = "02/2013",
        PreviousReportedPercent = 60,
        PreviousDone = units * 20,
        ChartImageUrl = imageUrl,
    };

    private static JsonObject ChartOf(JsonObject card) =>
        card["body"]!.AsArray().Select(e => e!.AsObject()).Single(e => e["type"]!.GetValue<string>() == DigestCard.ChartType);

    private static IReadOnlyList<string> Texts(JsonObject card) =>
        card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "TextBlock").Select(e => e!["text"]!.GetValue<string>()).ToList();

    [Fact]
    public void Thirty_units_with_long_names_and_forty_long_deeds_fit_under_26_KB_in_both_languages_and_pass_the_renderer()
    {
        var cards = new[] { Strings.Vi, Strings.En }.Select(s => DigestCard.Build(s, Department())).ToList();
        foreach (var card in cards)
        {
            Assert.True(PledgeCard.SizeInBytes(card) <= Budget, $"{PledgeCard.SizeInBytes(card)} bytes");
            Assert.Equal(30, ChartOf(card)["data"]!.AsArray().Count);
        }
        CardAssert.AllValid(cards, Budget);
    }

    [Fact]
    public void Every_one_of_thirty_units_is_listed_with_its_participation()
    {
        var card = DigestCard.Build(Strings.Vi, Department());
        var facts = card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "FactSet").SelectMany(f => f!["facts"]!.AsArray()).ToList();
        Assert.Equal(30, facts.Count(f => f!["title"]!.GetValue<string>().StartsWith("Trung tâm", StringComparison.Ordinal)));
        Assert.Contains(facts, f => f!["value"]!.GetValue<string>() == "đăng ký 38/40 · báo cáo 30 (75%) · chậm 8 · **chưa nộp báo cáo đơn vị**");
        Assert.DoesNotContain(Texts(card), t => t.Contains("đơn vị khác", StringComparison.Ordinal));
    }

    [Fact]
    public void A_large_organisation_shows_the_top_of_the_table_and_points_to_the_export()
    {
        var card = DigestCard.Build(Strings.Vi, Department(units: 200));
        Assert.True(PledgeCard.SizeInBytes(card) <= Budget);
        Assert.Equal(DigestCard.MaxUnits, ChartOf(card)["data"]!.AsArray().Count);
        Assert.Contains("… và 170 đơn vị khác.", Texts(card));
        Assert.Contains(Strings.Vi.DigestFullTableNote, Texts(card));
        CardAssert.Valid(card, Budget);
    }

    [Fact]
    public void The_chart_falls_back_to_the_served_image_or_to_text_without_a_public_address()
    {
        var withImage = ChartOf(DigestCard.Build(Strings.Vi, Department()));
        Assert.Equal("Image", withImage["fallback"]!["type"]!.GetValue<string>());
        Assert.Equal("https://thiduabot.example/charts/0123456789abcdef0123456789abcdef.png", withImage["fallback"]!["url"]!.GetValue<string>());
        Assert.Equal(75, withImage["data"]![0]!["y"]!.GetValue<int>());

        var withoutImage = ChartOf(DigestCard.Build(Strings.En, Department(imageUrl: null)));
        Assert.Equal("TextBlock", withoutImage["fallback"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void The_change_since_last_month_is_signed()
    {
        var card = DigestCard.Build(Strings.Vi, Department());
        var facts = card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "FactSet").SelectMany(f => f!["facts"]!.AsArray())
            .ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
        Assert.Equal("báo cáo +15 điểm % (trước: 60%), hoàn thành +150 (trước: 600)", facts["So với tháng 02/2013"]);
    }

    [Fact]
    public void An_on_demand_digest_says_when_it_was_made_and_that_figures_may_change()
    {
        var card = DigestCard.Build(Strings.Vi, Department() with { Official = false });
        Assert.Contains("Bản xem theo yêu cầu lúc 26/03/2013 08:00; số liệu còn có thể thay đổi.", Texts(card));
    }
}
