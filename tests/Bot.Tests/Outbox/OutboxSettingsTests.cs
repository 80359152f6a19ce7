using Microsoft.Extensions.Options;

namespace ThiDuaBot.Bot.Tests.Outbox;

/// <summary>Outbox settings that would break its guarantees stop the bot at start, naming the setting.</summary>
public sealed class OutboxSettingsTests : BotTestBase
{
    public static TheoryData<string, string, string> BadSettings() => new()
    {
        { "Outbox:LeaseDuration", "00:00:50", "Outbox:LeaseDuration" },
        { "Outbox:Concurrency", "0", "Outbox:Concurrency" },
        { "Outbox:TenantRequestsPerSecond", "0", "Outbox:TenantRequestsPerSecond" },
        { "Outbox:ConversationRequestsPerHour", "-1", "Outbox:ConversationRequestsPerHour" },
        { "Outbox:MaxAttempts", "0", "Outbox:MaxAttempts" },
        { "Outbox:StaleAfter", "00:00:10", "Outbox:StaleAfter" },
        { "Outbox:WindowGuard", "00:00:05", "Outbox:WindowGuard" },
        { "Outbox:PrefetchCount", "0", "Outbox:PrefetchCount" },
        { "Outbox:PrefetchCount", "20000", "Outbox:PrefetchCount" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void A_bad_outbox_setting_stops_the_bot_and_names_it(string key, string value, string named)
    {
        var bot = CreateBot(new Dictionary<string, string?> { [key] = value });

        var refusal = Assert.Throws<OptionsValidationException>(() => bot.Services);

        Assert.Contains(named, refusal.Message);
    }

    [Fact]
    public void A_prefetch_count_larger_than_the_worker_keeps_is_accepted()
    {
        // The worker keeps what drains in a quarter of the lease: 1500 at 50 a second with 2-minute leases.
        var bot = CreateBot(new Dictionary<string, string?> { ["Outbox:PrefetchCount"] = "3000" });

        Assert.NotNull(bot.Services);
    }

    [Fact]
    public void An_unknown_ambiguous_send_policy_stops_the_bot()
    {
        var bot = CreateBot(new Dictionary<string, string?> { ["Outbox:AmbiguousSend"] = "SendTwice" });

        Assert.ThrowsAny<InvalidOperationException>(() => bot.Services);
    }
}
