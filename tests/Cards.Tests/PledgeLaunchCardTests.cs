using System.Text.Json.Nodes;
using ThiDuaBot.TestSupport.Cards;

namespace ThiDuaBot.Cards.Tests;

public sealed class PledgeLaunchCardTests
{
    private static readonly DateTimeOffset At = new(2013, 3, 5, 9, 30, 15, TimeSpan.FromHours(7));

    /// <summary>A report at its worst: long names and units, more people in each list than the card names.</summary>
    private static PledgeLaunchCardModel Largest(Strings s)
    {
        var unit = "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Bắc Giang";
        PersonLine Person(int i, string reason) => new($"Nguyễn Thị Thanh Hương Quỳnh Phương {i}", unit, reason);
        return new PledgeLaunchCardModel
        {
            CampaignId = "ke-hoach-thi-dua-2013",
            CampaignTitle = "Kế hoạch tổ chức phong trào thi đua yêu nước năm 2013 của Sở Khoa học và Công nghệ tỉnh Bắc Giang",
            LaunchedBy = "Đỗ Thị Hồng Nhung",
            LaunchedAt = At,
            Deadline = new DateOnly(2013, 3, 20),
            UpdatedAt = At.AddMinutes(4),
            Finished = true,
            Cards = 10_400,
            Sent = 9_000,
            NotDelivered = 1_000,
            Uncertain = 400,
            NotReachedCount = 2_000,
            NotDeliveredPeople = Enumerable.Range(1, 1_400).Select(i => Person(i, i % 2 == 0 ? s.LaunchReasonRemoved : s.LaunchReasonUncertain)).ToList(),
            NotReachedPeople = Enumerable.Range(1, 2_000).Select(i => Person(i, s.ReasonNoAccountLink)).ToList(),
        };
    }

    [Fact]
    public void The_largest_delivery_reports_parse_without_problems_and_stay_under_28_KB()
    {
        CardAssert.AllValid([PledgeLaunchCard.Build(Strings.Vi, Largest(Strings.Vi)), PledgeLaunchCard.Build(Strings.En, Largest(Strings.En))]);
    }

    [Fact]
    public void While_sending_the_card_shows_the_counts_and_the_time_of_the_update_but_no_lists_or_hint()
    {
        var card = PledgeLaunchCard.Build(Strings.Vi, new PledgeLaunchCardModel
        {
            CampaignId = "ke-hoach-thi-dua-2013",
            CampaignTitle = "Kế hoạch thi đua 2013",
            LaunchedAt = At,
            Deadline = new DateOnly(2013, 3, 20),
            UpdatedAt = At.AddSeconds(42),
            Cards = 120,
            Sent = 70,
            Waiting = 48,
            NotDelivered = 2,
            NotReachedCount = 5,
        });

        var texts = Texts(card);
        Assert.Contains("Đang gửi thẻ… (cập nhật lúc 09:30:57)", texts);
        Assert.DoesNotContain(Strings.Vi.LaunchHint, texts);
        var facts = Facts(card);
        Assert.Equal(("120", "70", "48", "2", "5"), (facts["Thẻ cần gửi"], facts["Đã gửi"], facts["Đang chờ gửi"], facts["Không gửi được"], facts["Người chưa liên lạc được (chưa gửi)"]));
        Assert.False(facts.ContainsKey("Chưa rõ đã tới chưa"), "no uncertain line when nothing is uncertain");
        Assert.Equal("—", facts["Người phát động"]);
        var refresh = card["actions"]![0]!;
        Assert.Equal(PledgeLaunchCard.RefreshVerb, refresh["verb"]!.GetValue<string>());
        Assert.Equal("ke-hoach-thi-dua-2013", refresh["data"]![PledgeLaunchCard.CampaignKey]!.GetValue<string>());
    }

    [Fact]
    public void The_report_names_at_most_thirty_people_per_list_counts_the_rest_and_ends_with_what_to_do()
    {
        var card = PledgeLaunchCard.Build(Strings.En, Largest(Strings.En));

        var texts = Texts(card);
        Assert.Contains("Finished sending at 05/03/2013 09:34.", texts);
        Assert.Contains("… and 1370 more (see “Show status” on the admin card).", texts);
        Assert.Contains("… and 1970 more (see “Show status” on the admin card).", texts);
        Assert.Equal(Strings.En.LaunchHint, texts[^1]);
        var lists = card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "FactSet").Skip(2).ToList();
        Assert.Equal(2, lists.Count);
        Assert.All(lists, list => Assert.Equal(PledgeLaunchCard.MaxListedPeople, list!["facts"]!.AsArray().Count));
        Assert.Equal("400", Facts(card)["Not sure it arrived"]);
    }

    [Fact]
    public void The_admin_card_asks_before_the_first_launch_and_offers_the_top_up_after_it()
    {
        var model = new AdminCardModel { CampaignTitle = "Kế hoạch thi đua 2013", PeopleCount = 41 };
        var first = AdminCard.Build(Strings.Vi, model with { PledgeRound = new AdminPledgeRound("Chưa phát động.", CanLaunch: true, Launched: false) });
        var topUp = AdminCard.Build(Strings.Vi, model with { PledgeRound = new AdminPledgeRound("Đã phát động.", CanLaunch: true, Launched: true) });
        var closed = AdminCard.Build(Strings.Vi, model with { PledgeRound = new AdminPledgeRound("Đã hết hạn.", CanLaunch: false, Launched: true) });

        var ask = Find(first, "Action.ShowCard").Single(a => a["title"]!.GetValue<string>() == Strings.Vi.AdminLaunch);
        Assert.Contains("41 người", ask["card"]!["body"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(AdminCard.LaunchVerb, ask["card"]!["actions"]![0]!["verb"]!.GetValue<string>());
        Assert.Contains(Find(topUp, "Action.Execute"), a => a["verb"]!.GetValue<string>() == AdminCard.LaunchVerb && a["title"]!.GetValue<string>() == Strings.Vi.AdminLaunchTopUp);
        Assert.DoesNotContain(Find(closed, "Action.Execute"), a => a["verb"]!.GetValue<string>() == AdminCard.LaunchVerb);
        Assert.Contains("Đã hết hạn.", Texts(closed));
        CardAssert.AllValid([first, topUp, closed]);
    }

    private static List<JsonObject> Find(JsonNode node, string type)
    {
        var found = new List<JsonObject>();
        void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    if (o["type"]?.GetValue<string>() == type) found.Add(o);
                    foreach (var (_, child) in o) Walk(child);
                    break;
                case JsonArray a:
                    foreach (var child in a) Walk(child);
                    break;
            }
        }
        Walk(node);
        return found;
    }

    private static List<string> Texts(JsonObject card) =>
        card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "TextBlock").Select(e => e!["text"]!.GetValue<string>()).ToList();

    private static Dictionary<string, string> Facts(JsonObject card) => card["body"]!.AsArray()
        .Where(e => e!["type"]!.GetValue<string>() == "FactSet").SelectMany(f => f!["facts"]!.AsArray())
        .GroupBy(f => f!["title"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.First()!["value"]!.GetValue<string>());
}
