using System.Text.Json.Nodes;
using ThiDuaBot.TestSupport.Cards;

namespace ThiDuaBot.Cards.Tests;

public sealed class UnitRollupCardTests
{
    private static readonly DateTimeOffset ShownAt = new(2013, 3, 15, 9, 30, 0, TimeSpan.FromHours(7));

    /// <summary>A unit of 200 with long Vietnamese names, half pledged, the outcome of a large nudge on top.</summary>
    private static UnitRollupModel Unit(Strings s, int people = 200, bool canNudge = true)
    {
        UnitRollupMember Member(int i, string? title) =>
            new($"nguyen.thi.thanh.huong.{i}@sokhcn.bacgiang.gov.vn", $"Nguyễn Thị Thanh Hương Quỳnh Phương {i}", title);
        return new UnitRollupModel
        {
            CampaignId = "ke-hoach-thi-dua-2013",
            UnitId = "trung-tam-ung-dung-tien-bo-khoa-hoc-va-cong-nghe",
            CampaignTitle = "Kế hoạch tổ chức phong trào thi đua yêu nước năm 2013 của Sở Khoa học và Công nghệ",
            UnitName = "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Bắc Giang",
            Deadline = new DateOnly(2013, 3, 20),
            HeadUserId = "29:1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c",
            CanNudge = canNudge,
            RoundNote = canNudge ? null : string.Format(s.UnitRoundClosed, "20/03/2013"),
            CollectiveTitle = "Tập thể lao động xuất sắc",
            Pledged = Enumerable.Range(1, people / 2).Select(i => Member(i, "Chiến sĩ thi đua cơ sở")).ToList(),
            NotPledged = Enumerable.Range(people / 2 + 1, people - people / 2).Select(i => Member(i, null)).ToList(),
            Notices =
            [
                string.Format(s.UnitNudged, 90, string.Format(s.UnitNamesAndMore, string.Join(", ", Enumerable.Range(1, 10).Select(i => $"Nguyễn Thị Thanh Hương Quỳnh Phương {i}")), 80)),
                string.Format(s.UnitNudgeSkippedCap, 3, string.Format(s.UnitNamesAndMore, string.Join(", ", Enumerable.Range(1, 10).Select(i => $"Nguyễn Thị Thanh Hương Quỳnh Phương {i}")), 5)),
            ],
            ShownAt = ShownAt,
        };
    }

    private static IEnumerable<JsonObject> Actions(JsonNode node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>()?.StartsWith("Action.", StringComparison.Ordinal) == true => [o],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Actions(p.Value)),
        JsonArray a => a.SelectMany(e => e is null ? [] : Actions(e)),
        _ => [],
    };

    [Fact]
    public void The_roll_up_of_a_unit_of_200_parses_without_problems_and_stays_under_28_KB_in_both_languages()
    {
        CardAssert.AllValid([
            UnitRollupCard.Build(Strings.Vi, Unit(Strings.Vi)),
            UnitRollupCard.Build(Strings.En, Unit(Strings.En)),
            UnitRollupCard.Build(Strings.Vi, Unit(Strings.Vi, canNudge: false)),
            UnitRollupCard.Build(Strings.Vi, Unit(Strings.Vi, people: 0)),
        ]);
    }

    [Fact]
    public void Names_are_listed_up_to_the_cap_with_one_nudge_button_each_and_the_rest_counted()
    {
        var card = UnitRollupCard.Build(Strings.Vi, Unit(Strings.Vi));

        var nudges = Actions(card["body"]!).Where(a => a["verb"]!.GetValue<string>() == UnitRollupCard.NudgeVerb).ToList();
        Assert.Equal(UnitRollupCard.MaxListedNotPledged, nudges.Count);
        Assert.Equal("nguyen.thi.thanh.huong.101@sokhcn.bacgiang.gov.vn", nudges[0]["data"]![UnitRollupCard.PersonKey]!.GetValue<string>());
        var texts = card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "TextBlock").Select(e => e!["text"]!.GetValue<string>()).ToList();
        Assert.Contains("Chưa đăng ký (100)", texts);
        Assert.Contains("… và 80 người khác.", texts);
        Assert.Contains("… và 60 người khác.", texts);
        Assert.Contains("Cập nhật lúc 09:30 15/03/2013", texts);
        var actions = card["actions"]!.AsArray().Select(a => a!["verb"]!.GetValue<string>()).ToList();
        Assert.Equal([UnitRollupCard.NudgeAllVerb, UnitRollupCard.RefreshVerb], actions);
    }

    [Fact]
    public void The_card_refreshes_for_the_unit_head_alone_with_the_campaign_and_unit()
    {
        var card = UnitRollupCard.Build(Strings.En, Unit(Strings.En));

        var refresh = card["refresh"]!.AsObject();
        Assert.Equal(["29:1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c"], refresh["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal("Action.Execute", refresh["action"]!["type"]!.GetValue<string>());
        Assert.Equal(UnitRollupCard.RefreshVerb, refresh["action"]!["verb"]!.GetValue<string>());
        Assert.Equal("ke-hoach-thi-dua-2013", refresh["action"]!["data"]![UnitRollupCard.CampaignIdKey]!.GetValue<string>());
        Assert.Equal("trung-tam-ung-dung-tien-bo-khoa-hoc-va-cong-nghe", refresh["action"]!["data"]![UnitRollupCard.UnitIdKey]!.GetValue<string>());
    }

    [Fact]
    public void When_nudging_is_not_possible_the_card_says_why_and_has_no_nudge_button()
    {
        var card = UnitRollupCard.Build(Strings.Vi, Unit(Strings.Vi, people: 10, canNudge: false));

        var verbs = Actions(card).Select(a => a["verb"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain(UnitRollupCard.NudgeVerb, verbs);
        Assert.DoesNotContain(UnitRollupCard.NudgeAllVerb, verbs);
        Assert.Contains(UnitRollupCard.RefreshVerb, verbs);
        Assert.Contains(card["body"]!.AsArray(), e => e!["text"]?.GetValue<string>() == "Đã hết hạn đăng ký thi đua (hết ngày 20/03/2013) nên không nhắc nữa.");
    }
}
