using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaBot.Bot.Features.Digests;
using ThiDuaBot.Bot.Features.Digests.Reviews;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Outbox;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.Storage.Tenants;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Digests;

/// <summary>
/// Phase reviews on the digest tests' known months (March: An and Long reported; April: An and Lan, Lan's deed
/// confirmed, science submitted): Đợt 1 runs 01/03–30/06/2013, Đợt 2 01/07–31/12/2013, staff report day the 20th.
/// </summary>
public sealed class ReviewDigestTests : DigestTestBase
{
    private const string InterimTitle = "Sơ kết Đợt 1 (01/03/2013 – 30/06/2013)";
    private const string FinalTitle = "Tổng kết năm 2013 (01/03/2013 – 31/12/2013)";
    private static readonly DateTimeOffset AfterPhaseOne = new(2013, 7, 1, 8, 0, 0, Hanoi);

    private async Task<ReviewPeriod> PeriodAsync(string phaseId)
    {
        var campaign = await CampaignAsync();
        return ReviewPeriod.For(campaign.Definition, campaign.Definition.Phases.Single(p => p.Id == phaseId));
    }

    private IReadOnlyList<JsonObject> CouncilPosts(string title) => [.. Channel.ConnectorRequests
        .Where(r => r.Method == "POST" && r.Path.Contains("/conversations/" + TeamsActivities.ChannelConversationId + "/activities", StringComparison.Ordinal))
        .Select(r => r.BodyObject?["attachments"]?[0]?["content"]).OfType<JsonObject>()
        .Where(card => TextBlocks(card).FirstOrDefault() == title)];

    private Task<int> QueuedAsync(string phaseId) => Service<OutboxStore>()
        .GetProgressAsync(ReviewDigestJob.Batch(BotApplication.TenantId, CampaignId, phaseId), CancellationToken.None)
        .ContinueWith(t => t.Result.Total, TaskScheduler.Default);

    [Fact]
    public async Task The_interim_review_adds_up_the_months_counted_by_unit_and_by_month()
    {
        await SeedDigestMonthAsync();
        var campaign = await CampaignAsync();

        var review = await Service<ReviewDigests>().BuildAsync(campaign, await PeriodAsync("dot-1"), new DateOnly(2013, 4, 26), Strings.Vi, CancellationToken.None);

        Assert.False(review.Period.Final);
        Assert.Equal(["03/2013", "04/2013"], review.MonthsCounted.Select(m => m.Text));
        Assert.Equal(
            [
                new ReviewUnitLine(Science, "Phòng Quản lý khoa học", Members: 1, Pledged: 1, Reports: 1, Expected: 2, UnitReports: 1, Months: 2),
                new ReviewUnitLine(Office, "Văn phòng Sở", Members: 4, Pledged: 3, Reports: 3, Expected: 8, UnitReports: 0, Months: 2),
            ],
            review.Units);
        Assert.Equal((5, 4, 4, 10, 40, 1, 4), (review.Members, review.Pledged, review.Reports, review.Expected, review.ReportedPercent, review.UnitReports, review.UnitReportsExpected));
        Assert.Equal([new ReviewMonthLine("03/2013", 2, 5, 0, 2), new ReviewMonthLine("04/2013", 2, 5, 1, 2)], review.Months);
        // Each person's latest report: An and Lan in April (done), Long in March (in progress).
        var admin = Assert.Single(review.Areas, a => a.AreaId == "cai-cach-hanh-chinh");
        Assert.Equal((2, 1, 0, 0), (admin.Done, admin.InProgress, admin.NotStarted, admin.Blocked));
        Assert.Equal([new ReviewDeed("04/2013", new DigestDeed("Phạm Thị Lan", "Văn phòng Sở", null, "Hiến máu tình nguyện."))], review.Deeds);
        Assert.Equal([new DigestTitleCount("lao-dong-tien-tien", "Lao động tiên tiến", false, 4)], review.Titles);
    }

    [Fact]
    public async Task A_review_counts_the_months_whose_report_day_has_passed_and_every_month_once_the_phase_is_over()
    {
        await SeedDigestMonthAsync(reports: false);
        var campaign = await CampaignAsync();
        var phaseOne = await PeriodAsync("dot-1");

        Assert.Empty(phaseOne.CountedMonths(campaign, new DateOnly(2013, 3, 20)));
        Assert.Equal(["03/2013"], phaseOne.CountedMonths(campaign, new DateOnly(2013, 4, 20)).Select(m => m.Text));
        Assert.Equal(["03/2013", "04/2013", "05/2013", "06/2013"], phaseOne.CountedMonths(campaign, new DateOnly(2013, 7, 1)).Select(m => m.Text));

        await Service<CampaignStore>().SetPhaseStateAsync(BotApplication.TenantId, CampaignId, new PhaseState("dot-1", PhaseStatus.Closed, null, Clock.GetUtcNow(), null), CancellationToken.None);
        Assert.Equal(["03/2013", "04/2013"], phaseOne.CountedMonths(await CampaignAsync(), new DateOnly(2013, 4, 15)).Select(m => m.Text));

        var final = await PeriodAsync("dot-2");
        Assert.True(final.Final);
        Assert.Equal((new DateOnly(2013, 3, 1), new DateOnly(2013, 12, 31), 2), (final.Start, final.End, final.Number));
        Assert.Equal(10, final.Months(campaign.Definition).Count);
    }

    [Fact]
    public async Task A_council_member_asks_for_the_interim_review_in_the_personal_chat()
    {
        await SeedDigestMonthAsync();
        await MoveClockToAsync(new DateTimeOffset(2013, 4, 26, 9, 0, 0, Hanoi));

        var card = Assert.Single(await SayAsync("tổng hợp sơ kết", Hoa.Aad));

        var texts = TextBlocks(card);
        Assert.Equal(InterimTitle, texts[0]);
        Assert.Contains("Các tháng đã tính: 03/2013, 04/2013.", texts);
        Assert.Contains(string.Format(Strings.Vi.ReviewExportNoteInterim, 1), texts);
        var facts = card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "FactSet").SelectMany(e => e!["facts"]!.AsArray()).ToList();
        Assert.Contains(facts, f => f!["title"]!.GetValue<string>() == "Văn phòng Sở"
            && f["value"]!.GetValue<string>() == "đăng ký 3/4 · báo cáo 3/8 lượt (37%) · báo cáo đơn vị 0/2 tháng");
        Assert.Equal("Chart.HorizontalBar", ChartOf(card)["type"]!.GetValue<string>());
        Assert.Equal(["Văn phòng Sở", "Phòng Quản lý khoa học"], ChartOf(card)["data"]!.AsArray().Select(d => d!["x"]!.GetValue<string>()));

        // Also as "đợt 1", and in English.
        Assert.Equal(InterimTitle, TextBlocks(Assert.Single(await SayAsync("tổng hợp đợt 1", Hoa.Aad)))[0]);
        Assert.Equal("Interim review of Đợt 1 (01/03/2013 – 30/06/2013)", TextBlocks(Assert.Single(await SayAsync("digest phase 1", Hoa.Aad, "en-US")))[0]);
    }

    [Theory]
    [InlineData("2013-04-26", "tổng hợp đợt 3", "Kế hoạch không có đợt thi đua “dot 3”. Các đợt: 1 (Đợt 1), 2 (Đợt 2).")]
    [InlineData("2013-04-26", "tổng hợp tổng kết", "Đợt 2 chưa bắt đầu (từ 01/07/2013)")]
    [InlineData("2013-03-10", "tổng hợp sơ kết", "Chưa có tháng nào của Đợt 1 đến hạn báo cáo")]
    public async Task An_unknown_phase_one_not_started_or_one_without_a_month_due_is_answered_and_nothing_is_stored(string day, string text, string answer)
    {
        await SeedDigestMonthAsync(reports: false);
        await MoveClockToAsync(new DateTimeOffset(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(9, 0)), Hanoi));
        await SayAsync("trợ giúp", Hoa.Aad);
        var rows = await CountStoredRowsAsync();

        Assert.Empty(await SayAsync(text, Hoa.Aad));

        Assert.StartsWith(answer, Assert.Single(RepliedTexts()));
        Assert.Equal(rows, await CountStoredRowsAsync());
    }

    [Fact]
    public async Task Staff_are_refused_a_review()
    {
        await SeedDigestMonthAsync();
        await MoveClockToAsync(new DateTimeOffset(2013, 4, 26, 9, 0, 0, Hanoi));
        await SayAsync("trợ giúp", An.Aad); // the first message of a chat records the chat
        var rows = await CountStoredRowsAsync();

        Assert.Empty(await SayAsync("tổng hợp sơ kết", An.Aad));

        Assert.Equal(Caller.Refusal(Strings.Vi, DigestCommand.Allowed), Assert.Single(RepliedTexts()));
        Assert.Equal(rows, await CountStoredRowsAsync());
    }

    [Fact]
    public async Task The_interim_review_is_posted_to_the_council_channel_once_from_the_morning_after_the_phase()
    {
        await SeedDigestMonthAsync();

        await TickAtAsync(new DateTimeOffset(2013, 6, 30, 20, 0, 0, Hanoi));
        await TickAtAsync(AfterPhaseOne.AddMinutes(-1));
        Assert.Equal(0, await QueuedAsync("dot-1"));

        var tick = await TickAtAsync(AfterPhaseOne);
        Assert.Equal([new ReviewRun(BotApplication.TenantId, CampaignId, "dot-1")], tick.ReviewRuns);
        Assert.Empty((await TickAtAsync(AfterPhaseOne.AddHours(2))).ReviewRuns!);
        await QuietPeriod();

        Assert.Equal(1, await QueuedAsync("dot-1"));
        var card = Assert.Single(CouncilPosts(InterimTitle));
        Assert.Contains(string.Format(Strings.Vi.ReviewOfficialNoteInterim, "Đợt 1"), TextBlocks(card));
        Assert.Contains("Các tháng đã tính: 03/2013, 04/2013, 05/2013, 06/2013.", TextBlocks(card));
        Assert.Equal(0, await QueuedAsync("dot-2"));
    }

    [Fact]
    public async Task Closing_the_phase_posts_its_review_at_once_and_two_instances_post_it_once()
    {
        await SeedDigestMonthAsync();
        var at = new DateTimeOffset(2013, 6, 21, 9, 0, 0, Hanoi);
        await MoveClockToAsync(at);
        Assert.Empty(await Service<ReviewDigestJob>().RunAsync(BotApplication.TenantId, CampaignId, at, CancellationToken.None));
        await Service<CampaignStore>().SetPhaseStateAsync(BotApplication.TenantId, CampaignId, new PhaseState("dot-1", PhaseStatus.Closed, null, at, null), CancellationToken.None);
        var other = CreateInstanceOnSameStorage(new Dictionary<string, string?> { ["Reminders:Enabled"] = "false" }, services => services.AddSingleton<TimeProvider>(Clock));

        await Task.WhenAll(
            Service<ReviewDigestJob>().RunAsync(BotApplication.TenantId, CampaignId, at, CancellationToken.None),
            other.Services.GetRequiredService<ReviewDigestJob>().RunAsync(BotApplication.TenantId, CampaignId, at, CancellationToken.None));
        Assert.Empty(await Service<ReviewDigestJob>().RunAsync(BotApplication.TenantId, CampaignId, at.AddMinutes(1), CancellationToken.None));

        Assert.Equal(1, await QueuedAsync("dot-1"));
    }

    [Fact]
    public async Task The_final_review_covers_the_year_and_is_posted_after_the_last_phase_even_with_the_campaign_closed()
    {
        await SeedDigestMonthAsync();
        await CloseCampaignAsync();

        var at = new DateTimeOffset(2014, 1, 1, 8, 0, 0, Hanoi);
        Assert.Equal(["dot-2"], await Service<ReviewDigestJob>().RunAsync(BotApplication.TenantId, CampaignId, at, CancellationToken.None));
        await QuietPeriod();

        var card = Assert.Single(CouncilPosts(FinalTitle));
        Assert.Contains("Các tháng đã tính: 03/2013, 04/2013, 05/2013, 06/2013, 07/2013, 08/2013, 09/2013, 10/2013, 11/2013, 12/2013.", TextBlocks(card));
        Assert.Contains(string.Format(Strings.Vi.ReviewExportNoteFinal, 2), TextBlocks(card));
    }

    [Fact]
    public async Task No_review_without_a_council_channel_nor_long_after_the_phase()
    {
        await SeedDigestMonthAsync(councilChannel: false);
        Assert.Empty(await Service<ReviewDigestJob>().RunAsync(BotApplication.TenantId, CampaignId, AfterPhaseOne, CancellationToken.None));

        await Service<TenantSettingsStore>().UpdateAsync(BotApplication.TenantId, s => s with
        {
            CouncilConversationId = TeamsActivities.ChannelConversationId,
            CouncilServiceUrl = Channel.ServiceUrl,
        }, CancellationToken.None);
        var tooLate = new DateTimeOffset(2013, 8, 15, 9, 0, 0, Hanoi); // 46 days after 30/06
        Assert.Empty(await Service<ReviewDigestJob>().RunAsync(BotApplication.TenantId, CampaignId, tooLate, CancellationToken.None));
        Assert.Equal(["dot-1"], await Service<ReviewDigestJob>().RunAsync(BotApplication.TenantId, CampaignId, tooLate.AddDays(-1), CancellationToken.None));
    }
}
