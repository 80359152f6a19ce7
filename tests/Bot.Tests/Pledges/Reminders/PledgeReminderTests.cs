using Microsoft.Extensions.DependencyInjection;
using ThiDuaBot.Bot.Features.Pledges.Reminders;
using ThiDuaBot.Bot.Scheduling;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Launches;
using ThiDuaBot.TestSupport.Cards;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Pledges.Reminders;

/// <summary>Automatic pledge reminders: when, to whom, once, and never when the round is not open.</summary>
public sealed class PledgeReminderTests : ReminderTestBase
{
    [Fact]
    public async Task At_the_slot_everyone_reachable_who_has_not_pledged_gets_their_form_with_the_reminder_on_top()
    {
        await SeedWithChatsAsync();
        await LaunchAsync();
        await ClickAsync(await OpenCardAsync(An), PledgeCard.SubmitVerb, ValidInputs());

        var early = await TickAtAsync(FirstSlot - TimeSpan.FromMinutes(1));
        var onTime = await TickAtAsync(FirstSlot);

        Assert.True(early.HeldLease);
        Assert.Empty(early.Runs);
        var run = Assert.Single(onTime.Runs);
        Assert.Equal(FirstRound, run.Slot.Round);
        Assert.Equal(new DateTimeOffset(2013, 3, 17, 1, 0, 0, TimeSpan.Zero), run.Slot.At);
        Assert.Equal(
            [("Hoàng Văn Dũng", PledgeReminderResult.Queued), ("Lê Văn Cường", PledgeReminderResult.Unreachable), ("Phan Văn Long", PledgeReminderResult.Queued), ("Phạm Thị Lan", PledgeReminderResult.Queued)],
            run.Outcomes.Select(o => (o.Person.DisplayName, o.Result)).OrderBy(o => o.DisplayName, StringComparer.Ordinal));
        // Dũng and Long owe their own pledge and their unit's; An pledged; Cường cannot be reached.
        Assert.Equal(5, await QueuedCountAsync(FirstRound));
        Assert.NotNull(await QueuedAsync(FirstRound, Dung, "collective-" + Office));
        Assert.NotNull(await QueuedAsync(FirstRound, Long, "collective-" + Science));
        Assert.Null(await QueuedAsync(FirstRound, An));

        var lans = Assert.Single(await CardsPostedToAsync(Lan));
        Assert.Contains("Reminder: please pledge by the end of 20/03/2013. Days left: 3.", TextBlocks(lans));
        Assert.Equal(PledgeCard.SubmitVerb, Verb(lans));
        var dungs = await CardsPostedToAsync(Dung, atLeast: 2);
        Assert.Contains("Nhắc: hạn đăng ký thi đua là hết ngày 20/03/2013, còn 3 ngày.", dungs.SelectMany(TextBlocks));
        Assert.Contains("Nhắc: đơn vị của bạn chưa đăng ký thi đua tập thể. Hạn đăng ký là hết ngày 20/03/2013, còn 3 ngày.", dungs.SelectMany(TextBlocks));
        await QuietPeriod();
        Assert.Empty(await CardsPostedToAsync(An, atLeast: 0));
        CardAssert.AllValid([lans, .. dungs]);
    }

    [Fact]
    public async Task A_slot_is_sent_once_however_often_the_scheduler_ticks_and_the_next_slot_only_reminds_who_still_has_not_pledged()
    {
        await SeedWithChatsAsync();
        await LaunchAsync();

        await TickAtAsync(FirstSlot);
        var again = await TickAtAsync(FirstSlot + TimeSpan.FromMinutes(1));
        await TickAtAsync(FirstSlot + TimeSpan.FromHours(2));
        await MoveClockToAsync(FirstSlot + TimeSpan.FromHours(3));
        var reminder = Assert.Single(await CardsPostedToAsync(Lan));
        Assert.Equal(PledgeCard.EditVerb, Verb((await ClickAsync(reminder, PledgeCard.SubmitVerb, ValidInputs(), aad: Lan.Aad, locale: "en-US")).Card));
        // Every card of the first slot out before the clock jumps to the second (on a loaded machine they can lag).
        Assert.Equal(2, (await CardsPostedToAsync(Dung, atLeast: 2)).Count);
        var second = await TickAtAsync(SecondSlot);

        Assert.Empty(again.Runs);
        Assert.Equal(6, await QueuedCountAsync(FirstRound));
        Assert.Single(await CardsPostedToAsync(Lan));
        Assert.Equal(["Hoàng Văn Dũng", "Nguyễn Văn An", "Phan Văn Long"], Assert.Single(second.Runs).Outcomes.Where(o => o.Result == PledgeReminderResult.Queued).Select(o => o.Person.DisplayName).Order(StringComparer.Ordinal));
        Assert.Null(await QueuedAsync(SecondRound, Lan));
        Assert.Contains("Nhắc: hạn đăng ký thi đua là hết ngày 20/03/2013, còn 1 ngày.", (await CardsPostedToAsync(Dung, atLeast: 4)).SelectMany(TextBlocks));
        Assert.Equal(2, await CountOfAsync(Dung));
        Assert.Equal(1, await CountOfAsync(Lan));
    }

    [Fact]
    public async Task Two_schedulers_on_the_same_storage_send_a_slot_once_and_the_second_takes_over_when_the_first_stops_renewing()
    {
        await SeedWithChatsAsync();
        await LaunchAsync();
        var first = ActivatorUtilities.CreateInstance<ReminderScheduler>(Bot.Services);
        var second = ActivatorUtilities.CreateInstance<ReminderScheduler>(Bot.Services);
        await MoveClockToAsync(FirstSlot);

        var ticks = await Task.WhenAll(first.TickAsync(CancellationToken.None), second.TickAsync(CancellationToken.None));
        var (leader, follower) = ticks[0].HeldLease ? (first, second) : (second, first);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var followerWhileHeld = await follower.TickAsync(CancellationToken.None);
        Clock.Advance(TimeSpan.FromMinutes(3)); // the lease (3 min by default) was last renewed 4 minutes ago
        var followerAfterLapse = await follower.TickAsync(CancellationToken.None);
        var leaderAfterTakeover = await leader.TickAsync(CancellationToken.None);

        Assert.Single(ticks, t => t.HeldLease);
        Assert.Single(ticks.SelectMany(t => t.Runs));
        Assert.False(followerWhileHeld.HeldLease);
        Assert.True(followerAfterLapse.HeldLease);
        Assert.Empty(followerAfterLapse.Runs); // the slot is done
        Assert.False(leaderAfterTakeover.HeldLease);
        Assert.Equal(6, await QueuedCountAsync(FirstRound));
        await QuietPeriod();
        Assert.Single(await CardsPostedToAsync(Lan));
    }

    [Fact]
    public async Task The_same_slot_run_by_two_instances_at_once_without_the_lease_still_reaches_each_person_once()
    {
        await SeedWithChatsAsync();
        await LaunchAsync();
        var launch = (await Service<PledgeLaunchStore>().GetAsync(BotApplication.TenantId, CampaignId, CancellationToken.None))!;
        var job = Service<PledgeReminderJob>();
        await MoveClockToAsync(FirstSlot);
        var connector = new ThiDuaBot.Bot.Protocol.ConnectorClient(
            Service<IHttpClientFactory>().CreateClient(ThiDuaBot.Bot.Protocol.ConnectorClient.HttpClientName),
            Service<ThiDuaBot.Bot.Protocol.IConnectorTokenProvider>(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ThiDuaBot.Bot.Protocol.ConnectorClient>.Instance);

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => job.RunAsync(launch, FirstSlot, TimeSpan.FromHours(12), connector, CancellationToken.None)));

        Assert.All(runs, Assert.NotNull);
        Assert.Equal(6, await QueuedCountAsync(FirstRound));
        Assert.Equal(1, await CountOfAsync(Lan));
        Assert.Equal(1, await CountOfAsync(Dung, "pledge-collective-" + Office));
        await QuietPeriod();
        Assert.Single(await CardsPostedToAsync(Lan));
        Assert.Equal(2, (await CardsPostedToAsync(Dung, atLeast: 2)).Count);
    }
}
