using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Pledges.Reminders;
using ThiDuaBot.Bot.Features.Progress.Reminders;
using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.TestSupport.Cards;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Progress.Monthly;

/// <summary>Monthly reminders to staff and unit heads: only to who still owes, within the cap shared with nudges, once per slot.</summary>
public sealed class MonthlyReminderTests : MonthlyTestBase
{
    [Fact]
    public async Task Staff_reminders_go_to_who_has_not_reported_and_share_the_cap_with_a_nudge_round()
    {
        await SeedMonthAsync(MonthlyCampaign(maxPerPrompt: 2), An, Dung, Lan);
        await TickAtAsync(PromptAt);
        Assert.Single(await CardsPostedToAsync(An));
        await MoveClockToAsync(PromptAt + TimeSpan.FromHours(1));
        await ReportStoredAsync(An);

        var nudged = await NudgeAsync([An, Lan, Long], "nudge-2013-03-20");
        var nudgedAgain = await NudgeAsync([Lan], "nudge-2013-03-20");
        Assert.Equal(2, (await CardsPostedToAsync(Lan, atLeast: 2)).Count);
        await OutboxSettledAsync(); // every send out before the clock jumps a day on
        var first = await TickAtAsync(StaffFirstReminderAt);
        Assert.Equal(3, (await CardsPostedToAsync(Lan, atLeast: 3)).Count);
        await OutboxSettledAsync();
        var second = await TickAtAsync(StaffSecondReminderAt);

        Assert.Equal(
            [PledgeReminderResult.AlreadyReported, PledgeReminderResult.Queued, PledgeReminderResult.NoPledge],
            nudged.Select(o => o.Result));
        Assert.Equal(PledgeReminderResult.AlreadyReminded, Assert.Single(nudgedAgain).Result);
        var firstRun = Assert.Single(first.ProgressRuns);
        Assert.Equal(("progress-2013-03-r1", ProgressSlotKind.StaffReminder), (firstRun.Slot.Round, firstRun.Slot.Kind));
        Assert.Equal(
            [("Hoàng Văn Dũng", PledgeReminderResult.Queued), ("Phạm Thị Lan", PledgeReminderResult.Queued)],
            firstRun.Staff.Select(o => (o.Person.DisplayName, o.Result)).OrderBy(o => o.DisplayName, StringComparer.Ordinal));
        Assert.Empty(firstRun.Heads);
        Assert.Equal(
            [("Hoàng Văn Dũng", PledgeReminderResult.Queued), ("Phạm Thị Lan", PledgeReminderResult.CapReached)],
            Assert.Single(second.ProgressRuns).Staff.Select(o => (o.Person.DisplayName, o.Result)).OrderBy(o => o.DisplayName, StringComparer.Ordinal));
        Assert.Equal(2, await ProgressCountOfAsync(Lan));
        Assert.Equal(2, await ProgressCountOfAsync(Dung));
        Assert.Equal(0, await ProgressCountOfAsync(An));

        var lans = await CardsPostedToAsync(Lan, atLeast: 3);
        Assert.Contains("Reminder: you have not sent your progress report for 03/2013 (it was due on 20/03/2013). Please fill it in and send it on this card.", TextBlocks(lans[^1]));
        var dungs = await CardsPostedToAsync(Dung, atLeast: 4);
        Assert.Equal(3, dungs.Count(IsForm));
        Assert.Contains("Nhắc: bạn chưa gửi báo cáo tiến độ tháng 03/2013 (hạn báo cáo là ngày 20/03/2013). Mời bạn điền và gửi ngay trên thẻ này.", dungs.SelectMany(TextBlocks));
        await QuietPeriod();
        Assert.Equal(3, (await CardsPostedToAsync(Lan)).Count);
        Assert.Single(await CardsPostedToAsync(An));
        CardAssert.AllValid([.. lans, .. dungs]);
    }

    [Fact]
    public async Task Unit_head_reminders_go_only_to_heads_whose_unit_has_not_submitted_the_month()
    {
        await SeedMonthAsync("", An, Dung, Long);
        await MoveClockToAsync(UnitFirstReminderAt - TimeSpan.FromDays(1));
        await SubmitUnitReportAsync(Dung);

        var tick = await TickAtAsync(UnitFirstReminderAt);

        var run = Assert.Single(tick.ProgressRuns);
        Assert.Equal(("unit-report-2013-03-r1", ProgressSlotKind.UnitReminder), (run.Slot.Round, run.Slot.Kind));
        Assert.Empty(run.Staff);
        Assert.Equal([("Phan Văn Long", PledgeReminderResult.Queued)], run.Heads.Select(o => (o.Person.DisplayName, o.Result)));
        var longs = Assert.Single(await CardsPostedToAsync(Long));
        Assert.True(IsRollup(longs, Science));
        Assert.Contains("Nhắc: đơn vị chưa nộp báo cáo tháng 03/2013 (hạn nộp là ngày 25/03/2013). Mời bạn xem tình hình dưới đây và nộp báo cáo.", TextBlocks(longs));
        Assert.NotNull(await RollupQueuedAsync("unit-report-2013-03-r1", Long));
        Assert.Equal(1, await CountOfAsync(Long, UnitReportDispatch.Prompt(MarchMonth, Science)));
        Assert.Equal(0, await CountOfAsync(Dung, UnitReportDispatch.Prompt(MarchMonth, Office)));
        await QuietPeriod();
        Assert.Empty(await CardsPostedToAsync(Dung, atLeast: 0));
    }

    [Fact]
    public async Task Day_zero_is_the_prompt_itself_for_staff_and_the_due_day_for_unit_heads()
    {
        await SeedMonthAsync(MonthlyCampaign(days: "[0, 2]"), An, Lan);

        var prompt = await TickAtAsync(PromptAt);
        Assert.Single(await CardsPostedToAsync(Lan));
        await OutboxSettledAsync(); // Long's roll-up too, before the clock jumps days on
        var staff = await TickAtAsync(new DateTimeOffset(2013, 3, 22, 8, 0, 0, Hanoi));
        Assert.Equal(2, (await CardsPostedToAsync(Lan, atLeast: 2)).Count);
        await OutboxSettledAsync();
        var dueDay = await TickAtAsync(new DateTimeOffset(2013, 3, 25, 8, 0, 0, Hanoi));

        Assert.Equal(ProgressSlotKind.Prompt, Assert.Single(prompt.ProgressRuns).Slot.Kind);
        Assert.Null(await FormQueuedAsync("progress-2013-03-r0", Lan));
        Assert.Equal("progress-2013-03-r2", Assert.Single(staff.ProgressRuns).Slot.Round);
        Assert.Equal("unit-report-2013-03-r0", Assert.Single(dueDay.ProgressRuns).Slot.Round);
        Assert.Equal(1, await ProgressCountOfAsync(Lan));
        var longs = await CardsPostedToAsync(Long, atLeast: 2);
        Assert.Contains("Nhắc: hôm nay (25/03/2013) là hạn nộp báo cáo tháng 03/2013 của đơn vị.", TextBlocks(longs[^1]));
    }

    [Fact]
    public async Task When_both_report_days_coincide_the_prompt_alone_goes_that_day_and_both_reminders_the_next()
    {
        await SeedMonthAsync(MonthlyCampaign(days: "[0, 1]", staffDay: 20, unitDay: 20), An, Lan);

        var prompt = await TickAtAsync(PromptAt);
        Assert.Single(await CardsPostedToAsync(Long));
        await OutboxSettledAsync(); // Lan's prompt too, before the clock moves a day on
        var next = await TickAtAsync(StaffFirstReminderAt);

        Assert.Equal([ProgressSlotKind.Prompt], prompt.ProgressRuns.Select(r => r.Slot.Kind));
        Assert.Equal(["progress-2013-03-r1", "unit-report-2013-03-r1"], next.ProgressRuns.Select(r => r.Slot.Round).Order(StringComparer.Ordinal));
        Assert.Equal(2, (await CardsPostedToAsync(Long, atLeast: 2)).Count);
        Assert.Equal(2, (await CardsPostedToAsync(Lan, atLeast: 2)).Count);
    }

    [Fact]
    public async Task A_reminder_that_falls_in_the_next_month_is_still_about_the_month_it_follows()
    {
        await SeedMonthAsync(MonthlyCampaign(days: "[1, 5]", staffDay: 28, unitDay: 28), An, Lan);

        var tick = await TickAtAsync(new DateTimeOffset(2013, 4, 2, 8, 0, 0, Hanoi));

        Assert.Equal(["progress-2013-03-r5", "unit-report-2013-03-r5"], tick.ProgressRuns.Select(r => r.Slot.Round).Order(StringComparer.Ordinal));
        Assert.Contains("Reminder: you have not sent your progress report for 03/2013 (it was due on 28/03/2013). Please fill it in and send it on this card.",
            TextBlocks(Assert.Single(await CardsPostedToAsync(Lan))));
        Assert.Contains("Nhắc: đơn vị chưa nộp báo cáo tháng 03/2013 (hạn nộp là ngày 28/03/2013). Mời bạn xem tình hình dưới đây và nộp báo cáo.",
            TextBlocks(Assert.Single(await CardsPostedToAsync(Long))));
    }

    [Fact]
    public async Task A_nudge_to_people_of_a_unit_that_closed_the_month_or_outside_the_phases_counts_and_sends_nothing()
    {
        await SeedMonthAsync("", An, Lan, Long);
        await MoveClockToAsync(PromptAt);
        await SubmitUnitReportAsync(Dung);
        var campaign = (await Service<PledgeCampaigns>().LoadAsync(BotApplication.TenantId, CampaignId, CancellationToken.None))!;
        var reach = await ReachAsync([Lan, Long]);

        var march = await Service<ProgressReminderDispatch>().SendAsync(campaign, MarchMonth, reach, "nudge-2013-03-20", _ => [], CancellationToken.None);
        var february = await Service<ProgressReminderDispatch>().SendAsync(campaign, ThiDuaBot.Bot.Features.Progress.ProgressMonth.Parse("2013-02")!, reach, "nudge-2013-02", _ => [], CancellationToken.None);

        Assert.Equal([PledgeReminderResult.MonthClosed, PledgeReminderResult.Queued], march.Select(o => o.Result));
        Assert.Equal([PledgeReminderResult.MonthClosed, PledgeReminderResult.MonthClosed], february.Select(o => o.Result));
        Assert.Equal(0, await ProgressCountOfAsync(Lan));
        Assert.Single(await CardsPostedToAsync(Long));
        await QuietPeriod();
        Assert.Empty(await CardsPostedToAsync(Lan, atLeast: 0));
    }

    private async Task<IReadOnlyList<PledgeReminderOutcome>> NudgeAsync(IReadOnlyList<TestPerson> people, string round)
    {
        var campaign = (await Service<PledgeCampaigns>().LoadAsync(BotApplication.TenantId, CampaignId, CancellationToken.None))!;
        return await Service<ProgressReminderDispatch>().SendAsync(
            campaign, MarchMonth, await ReachAsync(people), round, s => [s.Language == Language.English ? "Your head asks for your report." : "Thủ trưởng đơn vị nhắc bạn gửi báo cáo."], CancellationToken.None);
    }

    private async Task<IReadOnlyList<PersonReach>> ReachAsync(IReadOnlyList<TestPerson> people)
    {
        var connector = new ConnectorClient(
            Service<IHttpClientFactory>().CreateClient(ConnectorClient.HttpClientName),
            Service<IConnectorTokenProvider>(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ConnectorClient>.Instance);
        return await Service<ReachabilityService>().AssessAsync(connector, BotApplication.TenantId, people.Select(p => p.ToPerson()).ToList(), CancellationToken.None);
    }
}
