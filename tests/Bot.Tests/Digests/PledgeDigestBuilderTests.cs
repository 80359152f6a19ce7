using ThiDuaBot.Bot.Features.Digests;

namespace ThiDuaBot.Bot.Tests.Digests;

public sealed class PledgeDigestBuilderTests : PledgeDigestTestBase
{
    private async Task<PledgeDigest> DigestAtAsync(DateTimeOffset asOf) =>
        await Service<PledgeDigestService>().BuildAsync(await CampaignAsync(), asOf, CancellationToken.None);

    [Fact]
    public async Task On_a_Monday_the_digest_counts_members_pledges_collective_pledges_titles_and_the_change_since_a_week_earlier_from_first_saves()
    {
        await SeedPledgeRoundAsync();
        await SeedKnownPledgesAsync();

        var digest = await DigestAtAsync(Monday18);

        // An pledged on 05/03 and changed his pledge on 15/03: he still counts as pledged a week earlier (11/03).
        Assert.Equal(
            [
                new PledgeDigestUnitLine(Science, "Phòng Quản lý khoa học", Members: 1, Pledged: 1, PledgedWeekAgo: 1, CollectivePledged: true),
                new PledgeDigestUnitLine(Office, "Văn phòng Sở", Members: 4, Pledged: 2, PledgedWeekAgo: 1, CollectivePledged: false),
            ],
            digest.Units);
        Assert.Equal((5, 3, 60, 2, 2, 1), (digest.Members, digest.Pledged, digest.PledgedPercent, digest.NotYet, digest.PledgedWeekAgo, digest.UnitsWithCollective));
        Assert.Equal(new DateTimeOffset(2013, 3, 11, 8, 0, 0, Hanoi), digest.WeekAgo);
        Assert.Equal((2, false), (digest.DaysLeft, digest.RoundClosed));
        Assert.Equal(
            [new DigestTitleCount("lao-dong-tien-tien", "Lao động tiên tiến", false, 3), new DigestTitleCount("tap-the-lao-dong-tien-tien", "Tập thể lao động tiên tiến", true, 1)],
            digest.Titles);
        Assert.Equal([Office, Science], PledgeDigestService.Sorted(digest.Units).Select(u => u.UnitId));
    }

    [Fact]
    public async Task As_of_an_earlier_moment_later_pledges_do_not_count_yet()
    {
        await SeedPledgeRoundAsync();
        await SeedKnownPledgesAsync();

        var digest = await DigestAtAsync(new DateTimeOffset(2013, 3, 11, 8, 0, 0, Hanoi));

        Assert.Equal([(1, 0, false), (1, 0, false)], digest.Units.Select(u => (u.Pledged, u.PledgedWeekAgo, u.CollectivePledged)));
        Assert.Equal((2, 0, 0), (digest.Pledged, digest.PledgedWeekAgo, digest.UnitsWithCollective));
        Assert.Equal([new DigestTitleCount("lao-dong-tien-tien", "Lao động tiên tiến", false, 2)], digest.Titles);
        Assert.Equal(9, digest.DaysLeft);
    }

    [Fact]
    public async Task The_closing_digest_has_the_final_figures_and_says_the_round_closed()
    {
        await SeedPledgeRoundAsync();
        await SeedKnownPledgesAsync();

        var digest = await DigestAtAsync(ClosingAt);

        Assert.Equal((-1, true), (digest.DaysLeft, digest.RoundClosed));
        Assert.Equal((3, 3), (digest.Pledged, digest.PledgedWeekAgo)); // a week earlier: 14/03 08:00, Lan had pledged on 12/03
        Assert.Equal(new DateOnly(2013, 3, 20), digest.Deadline);
    }
}
