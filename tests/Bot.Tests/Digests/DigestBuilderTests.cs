using ThiDuaBot.Bot.Features.Digests;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Tests.Digests;

public sealed class DigestBuilderTests : DigestTestBase
{
    [Fact]
    public async Task The_digest_of_a_small_known_month_counts_participation_titles_areas_deeds_and_the_change_since_last_month()
    {
        await SeedDigestMonthAsync();
        var digest = await Service<DigestService>().BuildAsync(await CampaignAsync(), AprilMonth, Strings.Vi, CancellationToken.None);

        Assert.Equal(
            [
                new DigestUnitLine(Science, "Phòng Quản lý khoa học", Members: 1, Pledged: 1, Reported: 0, Late: 1, ReportSubmitted: true),
                new DigestUnitLine(Office, "Văn phòng Sở", Members: 4, Pledged: 3, Reported: 2, Late: 1, ReportSubmitted: false),
            ],
            digest.Units);
        Assert.Equal((5, 4, 2, 40, 2), (digest.Members, digest.Pledged, digest.Reported, digest.ReportedPercent, digest.Late));
        Assert.Equal([new DigestTitleCount("lao-dong-tien-tien", "Lao động tiên tiến", false, 4)], digest.Titles);
        Assert.Equal(2, digest.Done);
        var admin = Assert.Single(digest.Areas, a => a.AreaId == "cai-cach-hanh-chinh");
        Assert.Equal((2, 0, 0, 0), (admin.Done, admin.InProgress, admin.NotStarted, admin.Blocked));
        var state = Assert.Single(digest.Areas, a => a.AreaId == "quan-ly-nha-nuoc");
        Assert.Equal(1, state.Blocked);
        Assert.Equal(["Văn phòng Sở"], digest.UnitsWithoutReport.Select(u => u.Name));
        Assert.False(digest.EveryUnitSubmitted);
        Assert.Equal([new DigestDeed("Phạm Thị Lan", "Văn phòng Sở", null, "Hiến máu tình nguyện.")], digest.Deeds);
        Assert.Equal(new DigestChange("03/2013", PreviousReportedPercent: 40, PreviousDone: 0), digest.Change);
    }

    [Fact]
    public async Task A_deed_changed_after_it_was_confirmed_is_left_out_until_decided_again()
    {
        await SeedDigestMonthAsync();
        await SaveAsync(Lan, April, new ThiDuaBot.Storage.Progress.ProgressContent(
            [new ThiDuaBot.Storage.Progress.ProgressAreaReport("cai-cach-hanh-chinh", ThiDuaBot.Storage.Progress.ProgressStatus.Done, "Xong.")],
            new ThiDuaBot.Storage.Progress.GoodDeed(null, "Một việc tốt khác.")));

        var digest = await Service<DigestService>().BuildAsync(await CampaignAsync(), AprilMonth, Strings.Vi, CancellationToken.None);

        Assert.Empty(digest.Deeds);
    }

    [Fact]
    public async Task The_first_month_of_the_campaign_has_no_change_since_last_month()
    {
        await SeedDigestMonthAsync();
        var digest = await Service<DigestService>().BuildAsync(await CampaignAsync(), MarchMonth, Strings.Vi, CancellationToken.None);

        Assert.Null(digest.Change);
        Assert.Equal(2, digest.Reported);
    }
}
