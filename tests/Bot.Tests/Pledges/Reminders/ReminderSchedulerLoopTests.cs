using Microsoft.Extensions.Options;

namespace ThiDuaBot.Bot.Tests.Pledges.Reminders;

/// <summary>The scheduler as it runs in the host: its own loop, on the clock, and its settings checked at start.</summary>
public sealed class ReminderSchedulerLoopTests : ReminderTestBase
{
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Reminders:TickInterval"] = "00:00:01",
        ["Outbox:PollInterval"] = "00:00:00.050",
    };

    [Fact]
    public async Task The_hosted_scheduler_sends_a_slot_when_the_clock_reaches_it()
    {
        await SeedWithChatsAsync();
        await LaunchAsync();

        await MoveClockToAsync(FirstSlot - TimeSpan.FromSeconds(5));
        Clock.Advance(TimeSpan.FromSeconds(1));
        await QuietPeriod();
        Assert.Empty(await CardsPostedToAsync(Lan, atLeast: 0));
        await MoveClockToAsync(FirstSlot);
        Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Contains("Reminder: please pledge by the end of 20/03/2013. Days left: 3.", TextBlocks(Assert.Single(await CardsPostedToAsync(Lan))));
    }

    public static TheoryData<string, string> BadSettings() => new()
    {
        { "Reminders:TickInterval", "00:00:00" },
        { "Reminders:LeaseDuration", "00:01:00" },
        { "Reminders:LateWindow", "00:00:10" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void A_bad_scheduler_setting_stops_the_bot_and_names_it(string key, string value)
    {
        var bot = CreateBot(new Dictionary<string, string?> { [key] = value });

        var refusal = Assert.Throws<OptionsValidationException>(() => bot.Services);

        Assert.Contains(key, refusal.Message);
    }
}
