using ThiDuaBot.TestSupport.Cards;

namespace ThiDuaBot.Cards.Tests;

public sealed class StatusCardTests
{
    /// <summary>A large body at its worst: long Vietnamese names, the most units and people the card lists in each list, and more.</summary>
    private static StatusCardModel Largest(Strings s)
    {
        var unit = "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Bắc Giang";
        PersonLine Person(int i, string reason) => new($"Nguyễn Thị Thanh Hương Quỳnh Phương {i}", unit, reason);
        return new StatusCardModel
        {
            CampaignTitle = "Kế hoạch tổ chức phong trào thi đua yêu nước năm 2013 của Sở Khoa học và Công nghệ",
            PersonalChat = 120,
            ThroughTeam = 45,
            InstallPending = 60,
            Unreachable = 75,
            Units = Enumerable.Range(1, StatusCard.MaxListedUnits + 5).Select(i => new StatusUnitLine($"{unit} {i}", 3, 9)).ToList(),
            UnreachablePeople = Enumerable.Range(1, StatusCard.MaxListedPeople + 35).Select(i => Person(i, s.ReasonNotInstalled)).ToList(),
            PendingPeople = Enumerable.Range(1, StatusCard.MaxListedPeople + 20)
                .Select(i => Person(i, string.Format(System.Globalization.CultureInfo.InvariantCulture, s.PendingAlreadyInstalled, "05/03/2013"))).ToList(),
        };
    }

    [Fact]
    public void The_largest_status_cards_with_pending_installs_parse_without_problems_and_stay_under_28_KB()
    {
        CardAssert.AllValid([StatusCard.Build(Strings.Vi, Largest(Strings.Vi)), StatusCard.Build(Strings.En, Largest(Strings.En))]);
    }

    [Fact]
    public void Pending_installs_have_their_own_count_and_list_apart_from_the_unreachable()
    {
        var card = StatusCard.Build(Strings.Vi, new StatusCardModel
        {
            CampaignTitle = "Kế hoạch 2013",
            InstallPending = 1,
            Unreachable = 1,
            UnreachablePeople = [new PersonLine("Phạm Thị Lan", "Thanh tra Sở", Strings.Vi.ReasonNoAccountLink)],
            PendingPeople = [new PersonLine("Trần Quang Minh", "Văn phòng Sở", "đã yêu cầu cài ngày 05/03/2013")],
        });

        var body = card["body"]!.AsArray();
        string[] ListedUnder(string heading)
        {
            var at = body.ToList().FindIndex(e => e!["text"]?.GetValue<string>() == heading);
            Assert.True(at >= 0, heading);
            return body[at + 1]!["facts"]!.AsArray().Select(f => f!["title"]!.GetValue<string>()).ToArray();
        }
        Assert.Equal(["Trần Quang Minh"], ListedUnder(Strings.Vi.StatusPendingHeading));
        Assert.Equal(["Phạm Thị Lan"], ListedUnder(Strings.Vi.StatusUnreachableHeading));
        var counts = body.Where(e => e!["type"]!.GetValue<string>() == "FactSet").First()!["facts"]!.AsArray()
            .ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
        Assert.Equal(("1", "1"), (counts[Strings.Vi.StatusInstallPending], counts[Strings.Vi.StatusUnreachable]));
    }
}
