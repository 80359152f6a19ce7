using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaBot.Bot.Features.Digests;
using ThiDuaBot.Bot.Features.Progress;
using ThiDuaBot.Storage.Outbox;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Digests;

public sealed class MonthlyDigestPostTests : DigestTestBase
{
    private static readonly DateTimeOffset AfterUnitDay = new(2013, 4, 26, 8, 0, 0, Hanoi);

    private Task<int> QueuedAsync(ProgressMonth month) => Service<OutboxStore>()
        .GetProgressAsync(MonthlyDigestJob.Batch(BotApplication.TenantId, CampaignId, month), CancellationToken.None)
        .ContinueWith(t => t.Result.Total, TaskScheduler.Default);

    private IReadOnlyList<JsonObject> CouncilPosts() => Channel.ConnectorRequests
        .Where(r => r.Method == "POST" && r.Path.Contains("/conversations/" + TeamsActivities.ChannelConversationId + "/activities", StringComparison.Ordinal))
        .Select(r => r.BodyObject?["attachments"]?[0]?["content"]).OfType<JsonObject>().ToList();

    [Fact]
    public async Task Once_the_unit_report_day_has_passed_the_digest_is_posted_to_the_council_channel_once_however_often_the_scheduler_ticks()
    {
        await SeedDigestMonthAsync();

        await TickAtAsync(new DateTimeOffset(2013, 4, 25, 20, 0, 0, Hanoi)); // the unit report day itself: not yet
        await TickAtAsync(AfterUnitDay.AddMinutes(-1)); // nor in the night after it: from 08:00, the monthly progress time
        Assert.False(await DigestRowAsync());

        var tick = await TickAtAsync(AfterUnitDay);
        Assert.Contains(new DigestRun(BotApplication.TenantId, CampaignId, April), tick.DigestRuns!);
        var again = await TickAtAsync(AfterUnitDay.AddHours(1));
        Assert.Empty(again.DigestRuns!);
        await QuietPeriod();

        Assert.True(await DigestRowAsync());
        Assert.Equal(1, await QueuedAsync(AprilMonth));
        var april = Assert.Single(CouncilPosts(), card => IsDigest(card, "04/2013"));
        Assert.Contains(Strings().DigestOfficialNote, TextBlocks(april));
    }

    [Fact]
    public async Task Without_PublicBaseUrl_the_scheduled_post_has_no_picture_but_a_line_of_text()
    {
        // No request to take the address from, no setting, not on App Service: the chart's fallback is text.
        await SeedDigestMonthAsync();
        await TickAtAsync(AfterUnitDay);
        await QuietPeriod();

        var fallback = ChartOf(Assert.Single(CouncilPosts(), card => IsDigest(card, "04/2013")))["fallback"]!;
        Assert.Equal("TextBlock", fallback["type"]!.GetValue<string>());
        Assert.Equal(Strings().DigestChartFallback, fallback["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_council_channel_set_up_in_English_gets_the_digest_in_English()
    {
        await SeedDigestMonthAsync();
        await Service<ThiDuaBot.Storage.Tenants.TenantSettingsStore>().UpdateAsync(BotApplication.TenantId, s => s with { CouncilLocale = "en-US" }, CancellationToken.None);
        await TickAtAsync(AfterUnitDay);
        await QuietPeriod();

        Assert.DoesNotContain(CouncilPosts(), c => IsDigest(c, "04/2013")); // not the Vietnamese title
        var card = Assert.Single(CouncilPosts(), c => TextBlocks(c)[0] == string.Format(ThiDuaBot.Cards.Strings.En.DigestTitle, "04/2013"));
        Assert.Contains(ThiDuaBot.Cards.Strings.En.DigestOfficialNote, TextBlocks(card));
    }

    [Fact]
    public async Task When_every_unit_has_submitted_the_digest_is_posted_at_once_before_the_unit_report_day()
    {
        await SeedDigestMonthAsync();
        await TickAtAsync(new DateTimeOffset(2013, 4, 22, 8, 0, 0, Hanoi));
        Assert.False(await DigestRowAsync()); // the office has not submitted

        await SubmitUnitReportAsync(Dung, April);
        await TickAtAsync(new DateTimeOffset(2013, 4, 22, 8, 1, 0, Hanoi));

        Assert.True(await DigestRowAsync());
        Assert.Equal(1, await QueuedAsync(AprilMonth));
    }

    [Fact]
    public async Task Two_instances_posting_at_the_same_moment_queue_the_digest_once()
    {
        await SeedDigestMonthAsync();
        await MoveClockToAsync(AfterUnitDay);
        var other = CreateInstanceOnSameStorage(new Dictionary<string, string?> { ["Reminders:Enabled"] = "false" }, services => services.AddSingleton<TimeProvider>(Clock));

        await Task.WhenAll(
            Service<MonthlyDigestJob>().RunAsync(BotApplication.TenantId, CampaignId, AfterUnitDay, CancellationToken.None),
            other.Services.GetRequiredService<MonthlyDigestJob>().RunAsync(BotApplication.TenantId, CampaignId, AfterUnitDay, CancellationToken.None));

        Assert.True(await DigestRowAsync());
        Assert.Equal(1, await QueuedAsync(AprilMonth));
    }

    [Fact]
    public async Task Once_the_digest_is_posted_a_unit_report_can_no_longer_be_amended()
    {
        await SeedDigestMonthAsync();
        var write = new UnitReportWrite
        {
            TenantId = BotApplication.TenantId, CampaignId = CampaignId, Month = April, UnitId = Science, Comment = "Bổ sung.", Reason = "Sót số liệu.",
            Nonce = Guid.NewGuid().ToString("N"), By = new ProgressAuthor(Long.Aad, Long.SignInName, Long.Name), At = AfterUnitDay,
        };
        Assert.Equal(UnitReportOutcome.Amended, (await Reports.AmendUnitReportAsync(write, _ => Task.FromResult(UnitReportSnapshot.Empty), CancellationToken.None)).Outcome);

        await TickAtAsync(AfterUnitDay);

        var refused = await Reports.AmendUnitReportAsync(write with { Nonce = Guid.NewGuid().ToString("N") }, _ => Task.FromResult(UnitReportSnapshot.Empty), CancellationToken.None);
        Assert.Equal(UnitReportOutcome.DigestPosted, refused.Outcome);
        Assert.Equal(2, refused.Report!.Version);
    }

    [Fact]
    public async Task Without_a_council_channel_nothing_is_posted_and_reports_stay_amendable()
    {
        await SeedDigestMonthAsync(councilChannel: false);

        var tick = await TickAtAsync(AfterUnitDay);

        Assert.Empty(tick.DigestRuns!);
        Assert.False(await DigestRowAsync());
        Assert.Equal(0, await QueuedAsync(AprilMonth));
    }

    private static Cards.Strings Strings() => Cards.Strings.Vi;
}
