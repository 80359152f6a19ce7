using Microsoft.Extensions.DependencyInjection;
using ThiDuaBot.Bot.Features.Digests;
using ThiDuaBot.Storage.Launches;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Digests;

public sealed class PledgeDigestPostTests : PledgeDigestTestBase
{
    /// <summary>With a public address the scheduled post stores a chart row, which shows when a tick builds the digest again.</summary>
    protected override IReadOnlyDictionary<string, string?>? Settings =>
        new Dictionary<string, string?>(base.Settings!) { ["PublicBaseUrl"] = "https://thiduabot.example.vn" };

    private static PledgeDigestRun Run(string round) => new(BotApplication.TenantId, CampaignId, round);

    [Fact]
    public async Task A_Monday_slot_posts_the_digest_to_the_council_channel_once_however_often_the_scheduler_ticks()
    {
        await SeedPledgeRoundAsync();
        await SeedKnownPledgesAsync();

        Assert.Empty((await TickAtAsync(Monday18.AddMinutes(-1))).PledgeDigestRuns!); // before the pledge reminder time
        Assert.Equal([Run("pledge-week-2013-03-18")], (await TickAtAsync(Monday18)).PledgeDigestRuns!);
        var posted = Assert.Single(await CouncilPostsAsync()); // delivered before the clock jumps ahead
        Assert.StartsWith("https://thiduabot.example.vn/charts/", ChartOf(posted)["fallback"]!["url"]!.GetValue<string>());
        await QuietPeriod();
        var rows = await CountStoredRowsAsync();
        Assert.Empty((await TickAtAsync(Monday18.AddMinutes(1))).PledgeDigestRuns!);
        Assert.Equal(rows, await CountStoredRowsAsync()); // the posted slot is seen at once: no digest built again (no chart row)
        Assert.Empty((await TickAtAsync(Monday18.AddHours(12))).PledgeDigestRuns!);
        await QuietPeriod();

        Assert.Equal(1, await QueuedAsync(Slot(18)));
        var card = Assert.Single(CouncilPosts());
        Assert.True(IsPledgeDigest(card), string.Join(" | ", TextBlocks(card)));
        Assert.Contains("Bản tổng hợp hằng tuần gửi Hội đồng Thi đua-Khen thưởng, số liệu đến 18/03/2013 08:00.", TextBlocks(card));
        Assert.Contains("Hạn đăng ký: 20/03/2013 (còn 2 ngày).", TextBlocks(card));
        Assert.Equal("2 → 3 người (+1)", Facts(card)["So với ngày 11/03/2013"]);
    }

    [Fact]
    public async Task Two_instances_at_the_same_moment_queue_the_digest_once()
    {
        await SeedPledgeRoundAsync();
        await MoveClockToAsync(Monday18);
        var launch = (await Service<PledgeLaunchStore>().GetAsync(BotApplication.TenantId, CampaignId, CancellationToken.None))!;
        var other = CreateInstanceOnSameStorage(new Dictionary<string, string?> { ["Reminders:Enabled"] = "false" }, services => services.AddSingleton<TimeProvider>(Clock));

        var runs = await Task.WhenAll(
            Service<PledgeDigestJob>().RunAsync(launch, Monday18, CancellationToken.None),
            other.Services.GetRequiredService<PledgeDigestJob>().RunAsync(launch, Monday18, CancellationToken.None));

        Assert.Single(runs, run => run is not null);
        Assert.Equal(1, await QueuedAsync(Slot(18)));
    }

    [Fact]
    public async Task A_late_tick_posts_on_the_slot_day_but_never_on_the_next_day()
    {
        await SeedPledgeRoundAsync();

        Assert.Empty((await TickAtAsync(new DateTimeOffset(2013, 3, 12, 8, 0, 0, Hanoi))).PledgeDigestRuns!); // Monday 11/03 was missed
        Assert.Equal(0, await QueuedAsync(Slot(11)));

        Assert.Equal([Run("pledge-week-2013-03-18")], (await TickAtAsync(Monday18.AddHours(13.5))).PledgeDigestRuns!);
        Assert.Equal(1, await QueuedAsync(Slot(18)));
    }

    [Fact]
    public async Task A_slot_before_the_launch_posts_nothing()
    {
        await SeedPledgeRoundAsync(launchedAt: Monday18.AddHours(1));

        Assert.Empty((await TickAtAsync(Monday18.AddHours(2))).PledgeDigestRuns!);

        Assert.Equal(0, await QueuedAsync(Slot(18)));
    }

    [Fact]
    public async Task The_closing_digest_is_posted_once_the_day_after_the_deadline_and_nothing_after_it()
    {
        await SeedPledgeRoundAsync();
        await SeedKnownPledgesAsync();

        Assert.Empty((await TickAtAsync(new DateTimeOffset(2013, 3, 19, 8, 0, 0, Hanoi))).PledgeDigestRuns!); // a Tuesday
        Assert.Empty((await TickAtAsync(new DateTimeOffset(2013, 3, 20, 8, 0, 0, Hanoi))).PledgeDigestRuns!); // the deadline, a Wednesday
        Assert.Equal([Run("pledge-final-2013-03-21")], (await TickAtAsync(ClosingAt)).PledgeDigestRuns!);
        Assert.NotEmpty(await CouncilPostsAsync()); // delivered before the clock jumps ahead
        Assert.Empty((await TickAtAsync(ClosingAt.AddHours(3))).PledgeDigestRuns!);
        Assert.Empty((await TickAtAsync(ClosingAt.AddDays(1))).PledgeDigestRuns!);
        Assert.Empty((await TickAtAsync(new DateTimeOffset(2013, 3, 25, 8, 0, 0, Hanoi))).PledgeDigestRuns!); // the Monday after the round
        await QuietPeriod();

        Assert.Equal(1, await QueuedAsync(Slot(21, final: true)));
        Assert.Equal(0, await QueuedAsync(Slot(25)));
        var card = Assert.Single(CouncilPosts());
        Assert.True(IsPledgeDigest(card), string.Join(" | ", TextBlocks(card)));
        Assert.Contains("Đợt đăng ký đã kết thúc ngày 20/03/2013: số liệu cuối cùng.", TextBlocks(card));
    }

    [Fact]
    public async Task Without_a_council_channel_or_once_the_campaign_is_closed_nothing_is_posted()
    {
        await SeedPledgeRoundAsync(councilChannel: false);
        Assert.Empty((await TickAtAsync(Monday18)).PledgeDigestRuns!);
        Assert.Equal(0, await QueuedAsync(Slot(18)));

        await SetCouncilChannelAsync();
        await CloseCampaignAsync();
        Assert.Empty((await TickAtAsync(Monday18.AddHours(1))).PledgeDigestRuns!);
        Assert.Equal(0, await QueuedAsync(Slot(18)));
    }

    private Task SetCouncilChannelAsync() => Service<ThiDuaBot.Storage.Tenants.TenantSettingsStore>().UpdateAsync(BotApplication.TenantId, s => s with
    {
        CouncilConversationId = ThiDuaBot.TestSupport.Fakes.TeamsActivities.ChannelConversationId,
        CouncilServiceUrl = Channel.ServiceUrl,
        CouncilChannelName = CouncilChannelName,
    }, CancellationToken.None);

}
