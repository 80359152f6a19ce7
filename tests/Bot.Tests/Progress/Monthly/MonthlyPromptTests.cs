using Microsoft.Extensions.DependencyInjection;
using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Features.Pledges.Reminders;
using ThiDuaBot.Bot.Features.Progress.Reminders;
using ThiDuaBot.Bot.Scheduling;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Tenants;
using ThiDuaBot.TestSupport.Cards;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Progress.Monthly;

/// <summary>The monthly prompt on the staff report day: when, to whom, what card, once, and never outside an open month.</summary>
public sealed class MonthlyPromptTests : MonthlyTestBase
{
    [Fact]
    public async Task On_the_staff_report_day_at_the_time_who_owes_a_report_gets_the_form_and_each_unit_head_the_roll_up()
    {
        await SeedMonthAsync("", An, Dung, Lan, Cuong);
        await MoveClockToAsync(PromptAt - TimeSpan.FromDays(1));
        await ReportStoredAsync(An);

        var early = await TickAtAsync(PromptAt - TimeSpan.FromMinutes(1));
        var onTime = await TickAtAsync(PromptAt);

        Assert.Empty(early.ProgressRuns);
        var run = Assert.Single(onTime.ProgressRuns);
        Assert.Equal((ProgressSlotKind.Prompt, PromptRound), (run.Slot.Kind, run.Slot.Round));
        Assert.Equal(new DateTimeOffset(2013, 3, 20, 1, 0, 0, TimeSpan.Zero), run.Slot.At);
        // An reported already; Long has not pledged; Cường cannot be reached; Left has left.
        Assert.Equal(
            [("Hoàng Văn Dũng", PledgeReminderResult.Queued), ("Lê Văn Cường", PledgeReminderResult.Unreachable), ("Phạm Thị Lan", PledgeReminderResult.Queued)],
            run.Staff.Select(o => (o.Person.DisplayName, o.Result)).OrderBy(o => o.DisplayName, StringComparer.Ordinal));
        Assert.Equal(
            [("Hoàng Văn Dũng", PledgeReminderResult.Queued), ("Phan Văn Long", PledgeReminderResult.Queued)],
            run.Heads.Select(o => (o.Person.DisplayName, o.Result)).OrderBy(o => o.DisplayName, StringComparer.Ordinal));
        Assert.Equal(4, await MarchQueuedCountAsync());
        Assert.Null(await FormQueuedAsync(PromptRound, An));

        var lans = Assert.Single(await CardsPostedToAsync(Lan));
        Assert.True(IsForm(lans));
        Assert.Contains("Time to report your progress for 03/2013: please fill in and send this report by 20/03/2013.", TextBlocks(lans));
        var dungs = await CardsPostedToAsync(Dung, atLeast: 2);
        Assert.Contains("Đến kỳ báo cáo tiến độ tháng 03/2013: mời bạn điền và gửi báo cáo trong ngày 20/03/2013.", TextBlocks(dungs.Single(IsForm)));
        Assert.Contains("Hôm nay cán bộ, công chức báo cáo tiến độ tháng 03/2013. Hạn nộp báo cáo tháng của đơn vị là ngày 25/03/2013.", TextBlocks(dungs.Single(c => IsRollup(c, Office))));
        Assert.True(IsRollup(Assert.Single(await CardsPostedToAsync(Long)), Science));
        Assert.Equal([(Science, March, Language.Vietnamese), (Office, March, Language.Vietnamese)], UnitCards.Calls.Select(c => (c.UnitId, c.Month, c.Language)).Order());
        await QuietPeriod();
        Assert.Empty(await CardsPostedToAsync(An, atLeast: 0));
        // The prompt is not a reminder: nobody's count moved.
        Assert.Equal(0, await ProgressCountOfAsync(Lan));
        Assert.Equal(0, await CountOfAsync(Dung, UnitReportDispatch.Prompt(MarchMonth, Office)));
        CardAssert.AllValid([lans, .. dungs]);
    }

    [Fact]
    public async Task The_people_and_head_of_a_unit_that_closed_the_month_get_nothing_while_other_units_get_theirs()
    {
        await SeedMonthAsync("", An, Dung, Lan, Long);
        await MoveClockToAsync(PromptAt - TimeSpan.FromHours(2));
        await SubmitUnitReportAsync(Dung);

        var run = Assert.Single((await TickAtAsync(PromptAt)).ProgressRuns);

        Assert.Equal(["Phan Văn Long"], run.Staff.Select(o => o.Person.DisplayName));
        Assert.Equal(["Phan Văn Long"], run.Heads.Select(o => o.Person.DisplayName));
        Assert.Equal(2, (await CardsPostedToAsync(Long, atLeast: 2)).Count);
        await QuietPeriod();
        Assert.Empty(await CardsPostedToAsync(Dung, atLeast: 0));
        Assert.Empty(await CardsPostedToAsync(Lan, atLeast: 0));
    }

    [Fact]
    public async Task A_month_nobody_pledged_for_sends_the_heads_their_roll_up_and_nothing_else()
    {
        await SeedMonthAsync("");

        var run = Assert.Single((await TickAtAsync(PromptAt)).ProgressRuns);

        Assert.Empty(run.Staff);
        Assert.Equal(2, run.Heads.Count);
        Assert.True(IsRollup(Assert.Single(await CardsPostedToAsync(Long)), Science));
        Assert.Equal(2, await MarchQueuedCountAsync());
    }

    [Theory]
    [InlineData(true, 2013, 3)]   // phase 1 made to start in April: March is before it
    [InlineData(false, 2014, 1)]  // after phase 2
    public async Task A_month_outside_every_phase_sends_nothing(bool aprilStart, int year, int month)
    {
        var yaml = SampleCampaign.ReadYaml();
        if (aprilStart)
        {
            Assert.Contains("start: 2013-03-01", yaml);
            yaml = yaml.Replace("start: 2013-03-01", "start: 2013-04-01", StringComparison.Ordinal);
        }
        await SeedMonthAsync(yaml, An, Dung, Lan);

        var tick = await TickAtAsync(new DateTimeOffset(year, month, 20, 8, 0, 0, Hanoi));

        Assert.True(tick.HeldLease);
        Assert.Empty(tick.ProgressRuns);
        await QuietPeriod();
        Assert.Empty(await CardsPostedToAsync(Lan, atLeast: 0));
    }

    [Fact]
    public async Task A_closed_phase_sends_nothing_for_its_months_and_the_next_phase_still_does()
    {
        await SeedMonthAsync("", An, Dung, Lan);
        Assert.NotNull(await Service<CampaignStore>().SetPhaseStateAsync(BotApplication.TenantId, CampaignId, new PhaseState("dot-1", PhaseStatus.Closed, null, BeforeDeadline, null), CancellationToken.None));

        var march = await TickAtAsync(PromptAt);
        var july = await TickAtAsync(new DateTimeOffset(2013, 7, 20, 8, 0, 0, Hanoi));

        Assert.Empty(march.ProgressRuns);
        Assert.Equal("progress-2013-07", Assert.Single(july.ProgressRuns).Slot.Round);
        Assert.Null(await FormQueuedAsync(PromptRound, Lan));
    }

    [Fact]
    public async Task A_closed_campaign_or_one_that_is_not_the_tenants_active_campaign_sends_nothing()
    {
        await SeedMonthAsync("", An, Dung, Lan);
        await Service<TenantSettingsStore>().UpdateAsync(BotApplication.TenantId, s => s with { ActiveCampaignId = "ke-hoach-khac" }, CancellationToken.None);
        var inactive = await TickAtAsync(PromptAt);
        await Service<TenantSettingsStore>().UpdateAsync(BotApplication.TenantId, s => s with { ActiveCampaignId = CampaignId }, CancellationToken.None);
        await CloseCampaignAsync();
        var closed = await TickAtAsync(PromptAt + TimeSpan.FromMinutes(1));

        Assert.Empty(inactive.ProgressRuns);
        Assert.Empty(closed.ProgressRuns);
        Assert.Equal(0, await MarchQueuedCountAsync());
    }

    [Fact]
    public async Task A_prompt_missed_while_no_instance_ran_goes_late_the_same_day_within_the_window()
    {
        await SeedMonthAsync("", An, Lan);

        var late = await TickAtAsync(PromptAt + TimeSpan.FromHours(3));

        Assert.Equal(PromptAt, Assert.Single(late.ProgressRuns).Slot.At);
        Assert.True(IsForm(Assert.Single(await CardsPostedToAsync(Lan))));
    }

    [Fact]
    public async Task A_prompt_missed_past_the_window_or_until_the_next_day_is_dropped()
    {
        await SeedMonthAsync("", An, Lan);

        var tooLate = await TickAtAsync(PromptAt + TimeSpan.FromHours(13));
        var nextMorning = await TickAtAsync(PromptAt + TimeSpan.FromHours(23));

        Assert.Empty(tooLate.ProgressRuns);
        Assert.Empty(nextMorning.ProgressRuns);
        Assert.Equal(0, await MarchQueuedCountAsync());
    }

    [Fact]
    public async Task The_prompt_is_sent_once_however_often_the_scheduler_ticks()
    {
        await SeedMonthAsync("", An, Dung, Lan);

        var first = await TickAtAsync(PromptAt);
        var second = await TickAtAsync(PromptAt + TimeSpan.FromMinutes(1));
        var third = await TickAtAsync(PromptAt + TimeSpan.FromHours(2));

        Assert.Single(first.ProgressRuns);
        Assert.Empty(second.ProgressRuns);
        Assert.Empty(third.ProgressRuns);
        Assert.Equal(5, await MarchQueuedCountAsync());
        await QuietPeriod();
        Assert.Single(await CardsPostedToAsync(Lan));
    }

    [Fact]
    public async Task Two_schedulers_on_the_same_storage_send_the_prompt_once()
    {
        await SeedMonthAsync("", An, Dung, Lan);
        var first = ActivatorUtilities.CreateInstance<ReminderScheduler>(Bot.Services);
        var second = ActivatorUtilities.CreateInstance<ReminderScheduler>(Bot.Services);
        await MoveClockToAsync(PromptAt);

        var ticks = await Task.WhenAll(first.TickAsync(CancellationToken.None), second.TickAsync(CancellationToken.None));

        Assert.Single(ticks, t => t.HeldLease);
        Assert.Single(ticks.SelectMany(t => t.ProgressRuns));
        Assert.Equal(5, await MarchQueuedCountAsync());
        await QuietPeriod();
        Assert.Single(await CardsPostedToAsync(Lan));
    }

    [Fact]
    public async Task The_same_prompt_run_by_three_instances_at_once_without_the_lease_still_reaches_each_person_once()
    {
        await SeedMonthAsync("", An, Dung, Lan);
        var job = Service<ProgressMonthlyJob>();
        await MoveClockToAsync(PromptAt);
        var connector = new ThiDuaBot.Bot.Protocol.ConnectorClient(
            Service<IHttpClientFactory>().CreateClient(ThiDuaBot.Bot.Protocol.ConnectorClient.HttpClientName),
            Service<ThiDuaBot.Bot.Protocol.IConnectorTokenProvider>(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ThiDuaBot.Bot.Protocol.ConnectorClient>.Instance);

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            job.RunAsync(BotApplication.TenantId, CampaignId, PromptAt, TimeSpan.FromHours(12), connector, CancellationToken.None)));

        Assert.Contains(runs, run => run.Count == 1);
        Assert.Equal(5, await MarchQueuedCountAsync());
        await QuietPeriod();
        Assert.Single(await CardsPostedToAsync(Lan));
        Assert.Equal(2, (await CardsPostedToAsync(Dung, atLeast: 2)).Count);
    }
}
