using ThiDuaBot.Bot.Features.Pledges.Reminders;

namespace ThiDuaBot.Bot.Tests.Pledges.Reminders;

/// <summary>When no reminder goes: before the launch, after the deadline, on a closed campaign, and for slots missed too long ago.</summary>
public sealed class PledgeReminderRulesTests : ReminderTestBase
{
    [Fact]
    public async Task Nothing_is_sent_before_the_launch_nor_for_a_slot_that_came_before_it()
    {
        await SeedWithChatsAsync();

        var unlaunched = await TickAtAsync(FirstSlot);
        await LaunchAsync(FirstSlot + TimeSpan.FromMinutes(30));
        var afterLaunch = await TickAtAsync(FirstSlot + TimeSpan.FromMinutes(35));
        var next = await TickAtAsync(SecondSlot);

        Assert.Empty(unlaunched.Runs);
        Assert.Empty(afterLaunch.Runs);
        Assert.Equal(0, await QueuedCountAsync(FirstRound));
        Assert.Equal(SecondRound, Assert.Single(next.Runs).Slot.Round);
        Assert.Equal(6, await QueuedCountAsync(SecondRound));
    }

    [Fact]
    public async Task A_slot_on_the_deadline_day_says_it_is_the_last_day_and_nothing_is_sent_once_the_deadline_has_passed()
    {
        await SeedWithChatsAsync(CampaignWith(days: "[3, 0]", time: "\"23:30\""));
        await LaunchAsync();

        var onTheDay = await TickAtAsync(new DateTimeOffset(2013, 3, 20, 23, 30, 0, Hanoi));
        var afterDeadline = await TickAtAsync(new DateTimeOffset(2013, 3, 21, 0, 10, 0, Hanoi));

        Assert.Equal("remind-2013-03-20T23:30", Assert.Single(onTheDay.Runs).Slot.Round);
        Assert.Contains("Nhắc: hôm nay (20/03/2013) là ngày cuối cùng để đăng ký thi đua.", TextBlocks(Assert.Single(await CardsPostedToAsync(An))));
        Assert.Empty(afterDeadline.Runs);
    }

    [Fact]
    public async Task A_slot_due_after_the_deadline_day_has_begun_is_not_sent()
    {
        // The deadline-day slot at 23:59 is missed; the bot is back at 00:05, within the late window but after the deadline.
        await SeedWithChatsAsync(CampaignWith(days: "[0]", time: "\"23:59\""));
        await LaunchAsync();

        var afterDeadline = await TickAtAsync(new DateTimeOffset(2013, 3, 21, 0, 5, 0, Hanoi));

        Assert.Empty(afterDeadline.Runs);
        Assert.Equal(0, await QueuedCountAsync("remind-2013-03-20T23:59"));
    }

    [Fact]
    public async Task Nothing_is_sent_for_a_closed_campaign()
    {
        await SeedWithChatsAsync();
        await LaunchAsync();
        await CloseCampaignAsync();

        var tick = await TickAtAsync(FirstSlot);

        Assert.True(tick.HeldLease);
        Assert.Empty(tick.Runs);
        Assert.Equal(0, await QueuedCountAsync(FirstRound));
    }

    [Fact]
    public async Task Nothing_is_sent_for_a_campaign_that_is_no_longer_the_tenants_running_one()
    {
        await SeedWithChatsAsync();
        await LaunchAsync();
        await Service<ThiDuaBot.Storage.Tenants.TenantSettingsStore>().UpdateAsync(ThiDuaBot.TestSupport.Hosting.BotApplication.TenantId, s => s with { ActiveCampaignId = "ke-hoach-2014" }, CancellationToken.None);

        Assert.Empty((await TickAtAsync(FirstSlot)).Runs);
    }

    [Fact]
    public async Task A_slot_missed_while_the_bot_was_down_goes_out_late_the_same_day_within_the_window()
    {
        await SeedWithChatsAsync();
        await LaunchAsync();

        var late = await TickAtAsync(FirstSlot + TimeSpan.FromHours(7));

        Assert.Equal(FirstRound, Assert.Single(late.Runs).Slot.Round);
        Assert.Contains("Reminder: please pledge by the end of 20/03/2013. Days left: 3.", TextBlocks(Assert.Single(await CardsPostedToAsync(Lan))));
    }

    [Fact]
    public async Task A_slot_missed_beyond_the_window_or_the_day_is_dropped_and_never_sent_with_the_next()
    {
        await SeedWithChatsAsync();
        await LaunchAsync();

        var evening = await TickAtAsync(FirstSlot + TimeSpan.FromHours(12) + TimeSpan.FromMinutes(30));
        var nextMorning = await TickAtAsync(FirstSlot + TimeSpan.FromHours(25));
        var next = await TickAtAsync(SecondSlot + TimeSpan.FromMinutes(2));

        Assert.Empty(evening.Runs);
        Assert.Empty(nextMorning.Runs);
        Assert.Equal(SecondRound, Assert.Single(next.Runs).Slot.Round);
        Assert.Equal(0, await QueuedCountAsync(FirstRound));
        await QuietPeriod();
        Assert.Contains("Reminder: please pledge by the end of 20/03/2013. Days left: 1.", TextBlocks(Assert.Single(await CardsPostedToAsync(Lan))));
    }

    [Fact]
    public async Task Slots_follow_the_campaigns_time_zone_with_its_daylight_saving_time()
    {
        // New York moved its clocks from 02:00 to 03:00 on 10/03/2013: 02:30 did not exist that night.
        await SeedWithChatsAsync(CampaignWith(days: "[10, 3]", time: "\"02:30\"", timeZone: "America/New_York"));
        await LaunchAsync(new DateTimeOffset(2013, 3, 1, 0, 0, 0, TimeSpan.Zero));

        var beforeGap = await TickAtAsync(new DateTimeOffset(2013, 3, 10, 6, 59, 0, TimeSpan.Zero));
        var afterGap = await TickAtAsync(new DateTimeOffset(2013, 3, 10, 7, 0, 0, TimeSpan.Zero));
        var summerEarly = await TickAtAsync(new DateTimeOffset(2013, 3, 17, 6, 29, 0, TimeSpan.Zero));
        var summer = await TickAtAsync(new DateTimeOffset(2013, 3, 17, 6, 30, 0, TimeSpan.Zero));

        Assert.Empty(beforeGap.Runs);
        var first = Assert.Single(afterGap.Runs).Slot;
        Assert.Equal(("remind-2013-03-10T02:30", new DateTimeOffset(2013, 3, 10, 3, 0, 0, TimeSpan.FromHours(-4))), (first.Round, first.At));
        Assert.Empty(summerEarly.Runs);
        var second = Assert.Single(summer.Runs).Slot;
        Assert.Equal(("remind-2013-03-17T02:30", new DateTimeOffset(2013, 3, 17, 2, 30, 0, TimeSpan.FromHours(-4))), (second.Round, second.At));
    }

    [Fact]
    public void A_local_time_skipped_by_daylight_saving_moves_past_the_gap_and_a_repeated_one_takes_standard_time()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var hanoi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

        Assert.Equal(new DateTimeOffset(2013, 3, 10, 7, 0, 0, TimeSpan.Zero), PledgeReminderSlots.ToInstant(new DateTime(2013, 3, 10, 2, 30, 0), newYork));
        Assert.Equal(new DateTimeOffset(2013, 11, 3, 6, 30, 0, TimeSpan.Zero), PledgeReminderSlots.ToInstant(new DateTime(2013, 11, 3, 1, 30, 0), newYork));
        Assert.Equal(new DateTimeOffset(2013, 3, 17, 1, 0, 0, TimeSpan.Zero), PledgeReminderSlots.ToInstant(new DateTime(2013, 3, 17, 8, 0, 0), hanoi));
    }
}
