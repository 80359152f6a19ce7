using System.Text.Json.Nodes;
using ThiDuaBot.TestSupport.Cards;

namespace ThiDuaBot.Cards.Tests;

public sealed class PledgeDigestCardTests
{
    private const int Budget = 26 * 1024;
    private const string LongName = "Số {0} - Trung tâm Ứng dụng tiến bộ khoa học và công nghệ và Thông tin thống kê tỉnh Bắc Giang";

    /// <summary>A department of <paramref name="units"/> units with long Vietnamese names, half with their collective pledge.</summary>
    private static PledgeDigestCardModel Department(int units = 30, string? imageUrl = "https://thiduabot.example/charts/0123456789abcdef0123456789abcdef.png") => new()
    {
        CampaignTitle = "Kế hoạch tổ chức phong trào thi đua yêu nước năm 2013 của Sở Khoa học và Công nghệ tỉnh Bắc Giang",
        OnDemand = false,
        AsOf = new DateTimeOffset(2013, 3, 18, 8, 0, 0, TimeSpan.FromHours(7)),
        Deadline = new DateOnly(2013, 3, 20),
        DaysLeft = 2,
        Members = units * 40,
        Pledged = units * 30,
        PledgedPercent = 75,
        NotYet = units * 10,
        WeekAgo = new DateOnly(2013, 3, 11),
        PledgedWeekAgo = units * 12,
        UnitsWithCollective = units / 2,
        Units = [.. Enumerable.Range(1, units).Select(i => new PledgeDigestCardUnit(string.Format(LongName, i), 40, 30, 75, 10, i % 2 == 0))],
        Titles =
        [
            new DigestCardTitle("Lao động tiên tiến", false, units * 22),
            new DigestCardTitle("Chiến sĩ thi đua cơ sở", false, units * 8),
            new DigestCardTitle("Tập thể lao động tiên tiến", true, units / 4),
            new DigestCardTitle("Tập thể lao động xuất sắc", true, units / 4),
        ],
        ChartImageUrl = imageUrl,
    };

    private static JsonObject ChartOf(JsonObject card) =>
        card["body"]!.AsArray().Select(e => e!.AsObject()).Single(e => e["type"]!.GetValue<string>() == DigestChart.Type);

    private static IReadOnlyList<string> Texts(JsonObject card) =>
        card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "TextBlock").Select(e => e!["text"]!.GetValue<string>()).ToList();

    private static Dictionary<string, string> Facts(JsonObject card) =>
        card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "FactSet").SelectMany(f => f!["facts"]!.AsArray())
            .ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());

    [Fact]
    public void Thirty_units_with_long_names_fit_under_26_KB_in_both_languages_every_unit_listed_and_charted_and_pass_the_renderer()
    {
        var cards = new[] { Strings.Vi, Strings.En }.Select(s => PledgeDigestCard.Build(s, Department())).ToList();
        foreach (var card in cards)
        {
            Assert.True(PledgeCard.SizeInBytes(card) <= Budget, $"{PledgeCard.SizeInBytes(card)} bytes");
            Assert.Equal(30, ChartOf(card)["data"]!.AsArray().Count);
            Assert.Equal(30, Facts(card).Keys.Count(k => k.StartsWith("Số ", StringComparison.Ordinal)));
            Assert.DoesNotContain(Texts(card), t => t.Contains("đơn vị khác", StringComparison.Ordinal) || t.Contains("more units", StringComparison.Ordinal));
        }
        CardAssert.AllValid(cards, Budget);
    }

    [Fact]
    public void A_large_organisation_shows_thirty_units_then_how_many_more_and_points_to_the_export()
    {
        foreach (var (s, more) in new[] { (Strings.Vi, "… và 170 đơn vị khác."), (Strings.En, "… and 170 more units.") })
        {
            var card = PledgeDigestCard.Build(s, Department(units: 200));
            Assert.True(PledgeCard.SizeInBytes(card) <= Budget, $"{PledgeCard.SizeInBytes(card)} bytes");
            Assert.Equal(DigestCard.MaxUnits, ChartOf(card)["data"]!.AsArray().Count);
            Assert.Contains(more, Texts(card));
            Assert.Contains(s.DigestFullTableNote, Texts(card));
            CardAssert.Valid(card, Budget);
        }
    }

    [Fact]
    public void The_figures_the_change_since_a_week_earlier_and_a_unit_line_are_shown()
    {
        var card = PledgeDigestCard.Build(Strings.Vi, Department());
        var facts = Facts(card);
        Assert.Equal("900 người (75%)", facts["Đã đăng ký thi đua"]);
        Assert.Equal("300", facts["Chưa đăng ký"]);
        Assert.Equal("15/30", facts["Đơn vị đã đăng ký tập thể"]);
        Assert.Equal("360 → 900 người (+540)", facts["So với ngày 11/03/2013"]);
        Assert.Equal("đăng ký 30/40 (75%) · chưa 10 · **chưa đăng ký tập thể**", facts[DigestCard.Short(string.Format(LongName, 1), 80)]);
        Assert.Equal("Tập thể lao động tiên tiến (tập thể)", Facts(card).Keys.Single(k => k.StartsWith("Tập thể lao động tiên", StringComparison.Ordinal)));
        Assert.Equal("Tổng hợp đăng ký thi đua", Texts(card)[0]);
        Assert.Contains("Bản tổng hợp hằng tuần gửi Hội đồng Thi đua-Khen thưởng, số liệu đến 18/03/2013 08:00.", Texts(card));
    }

    [Fact]
    public void The_deadline_line_says_days_left_the_last_day_or_that_the_round_closed()
    {
        Assert.Contains("Hạn đăng ký: 20/03/2013 (còn 2 ngày).", Texts(PledgeDigestCard.Build(Strings.Vi, Department())));
        Assert.Contains("Pledge deadline: today, 20/03/2013.", Texts(PledgeDigestCard.Build(Strings.En, Department() with { DaysLeft = 0 })));
        var closed = Texts(PledgeDigestCard.Build(Strings.Vi, Department() with { DaysLeft = -1, OnDemand = true }));
        Assert.Contains("Đợt đăng ký đã kết thúc ngày 20/03/2013: số liệu cuối cùng.", closed);
        Assert.Contains("Bản xem theo yêu cầu lúc 18/03/2013 08:00; số liệu còn có thể thay đổi.", closed);
    }

    [Fact]
    public void The_chart_falls_back_to_the_served_image_or_to_text_and_a_drop_is_signed()
    {
        var withImage = ChartOf(PledgeDigestCard.Build(Strings.Vi, Department()));
        Assert.Equal("https://thiduabot.example/charts/0123456789abcdef0123456789abcdef.png", withImage["fallback"]!["url"]!.GetValue<string>());
        Assert.Equal(Strings.Vi.PledgeDigestChartTitle, withImage["title"]!.GetValue<string>());
        Assert.Equal(75, withImage["data"]![0]!["y"]!.GetValue<int>());
        Assert.Equal("TextBlock", ChartOf(PledgeDigestCard.Build(Strings.En, Department(imageUrl: null)))["fallback"]!["type"]!.GetValue<string>());

        var noChange = Facts(PledgeDigestCard.Build(Strings.En, Department() with { PledgedWeekAgo = 900 }));
        Assert.Equal("900 → 900 people (0)", noChange["Since 11/03/2013"]);
    }
}
