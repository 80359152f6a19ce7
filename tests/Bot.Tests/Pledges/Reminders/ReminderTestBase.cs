using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Pledges.Reminders;
using ThiDuaBot.Bot.Outbox;
using ThiDuaBot.Bot.Scheduling;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Conversations;
using ThiDuaBot.Storage.Launches;
using ThiDuaBot.Storage.Outbox;
using ThiDuaBot.Storage.Reminders;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Pledges.Reminders;

/// <summary>
/// The pledge tests' campaign and roster (deadline 20/03/2013; reminders 3 and 1 days before at 08:00 Hà Nội time, at
/// most 3 per person), each person with a personal chat the bot can post to (<c>a:chat-{aad}</c>; Lan's Teams is in
/// English), the real outbox worker posting to the fake channel. The scheduler's loop is off: tests run its ticks.
/// </summary>
public abstract class ReminderTestBase : PledgeTestBase
{
    protected static readonly TimeSpan Hanoi = TimeSpan.FromHours(7);
    /// <summary>The first slot: 17/03/2013 08:00 in Hà Nội.</summary>
    protected static readonly DateTimeOffset FirstSlot = new(2013, 3, 17, 8, 0, 0, Hanoi);
    protected static readonly DateTimeOffset SecondSlot = new(2013, 3, 19, 8, 0, 0, Hanoi);
    protected const string FirstRound = "remind-2013-03-17T08:00";
    protected const string SecondRound = "remind-2013-03-19T08:00";

    /// <summary>In the office, on the roster with a Microsoft 365 account, but ThiDuaBot is not installed for him.</summary>
    protected static readonly TestPerson Cuong = new("cuonglv@sokhcn.example", "Lê Văn Cường", "aad-cuong", Office, Role.Staff);

    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Reminders:Enabled"] = "false",
        ["Outbox:PollInterval"] = "00:00:00.050",
    };

    protected ReminderScheduler Scheduler => Service<ReminderScheduler>();

    /// <summary>The campaign and roster, Cường added, and a personal chat for everyone but Cường.</summary>
    protected async Task SeedWithChatsAsync(string yaml = "")
    {
        await SeedAsync(yaml);
        await Service<RosterStore>().ApplyAsync(BotApplication.TenantId, CampaignId, new RosterChanges([Cuong.ToPerson()], []), CancellationToken.None);
        foreach (var person in new[] { An, Dung, Lan, Long })
        {
            await Service<ConversationStore>().RecordInstalledAsync(new StoredConversation
            {
                TenantId = BotApplication.TenantId,
                ConversationId = ChatOf(person),
                ConversationType = "personal",
                ServiceUrl = Channel.ServiceUrl,
                ChannelId = "msteams",
                BotId = TeamsActivities.BotId,
                UserId = "29:" + person.Aad,
                UserAadObjectId = person.Aad,
                Locale = person == Lan ? "en-US" : "vi-VN",
            }, BeforeDeadline, CancellationToken.None);
        }
    }

    protected static string ChatOf(TestPerson person) => "a:chat-" + person.Aad;

    /// <summary>The secretary launches the pledge round at <paramref name="at"/> (the launch itself is another feature's).</summary>
    protected async Task LaunchAsync(DateTimeOffset? at = null) =>
        Assert.NotNull(await Service<PledgeLaunchStore>().TryAddAsync(new PledgeLaunch
        {
            TenantId = BotApplication.TenantId,
            CampaignId = CampaignId,
            BatchId = PledgeDelivery.LaunchBatch(BotApplication.TenantId, CampaignId),
            LaunchedAt = at ?? BeforeDeadline,
        }, CancellationToken.None));

    /// <summary>Moves the clock to <paramref name="at"/> (see <see cref="MoveClockToAsync"/>) and runs one tick of the scheduler.</summary>
    protected async Task<ReminderTick> TickAtAsync(DateTimeOffset at)
    {
        await MoveClockToAsync(at);
        return await Scheduler.TickAsync(CancellationToken.None);
    }

    /// <summary>
    /// Sets the clock to <paramref name="at"/>. A jump as long as the outbox lease first waits until every send is
    /// recorded: a card seen at the channel may not be recorded sent yet, and a send still in flight across the jump
    /// finds its lease lapsed and is sent again, as it should in production (<c>Outbox:AmbiguousSend</c>).
    /// </summary>
    protected async Task MoveClockToAsync(DateTimeOffset at)
    {
        if (at - Clock.GetUtcNow() >= Service<IOptions<OutboxOptions>>().Value.LeaseDuration)
        {
            await OutboxSettledAsync();
        }
        Clock.SetUtcNow(at);
    }

    /// <summary>Closes every phase of the campaign, as the secretary does at the end of the year.</summary>
    protected async Task CloseCampaignAsync()
    {
        foreach (var phase in new[] { "dot-1", "dot-2" })
        {
            Assert.NotNull(await Service<CampaignStore>().SetPhaseStateAsync(BotApplication.TenantId, CampaignId, new PhaseState(phase, PhaseStatus.Closed, null, BeforeDeadline, null), CancellationToken.None));
        }
    }

    /// <summary>The row of the person's send in a round, or null when the round queued nothing for them.</summary>
    protected Task<OutboxRecord?> QueuedAsync(string round, TestPerson person, string kind = "individual") =>
        Service<OutboxStore>().GetAsync(PledgeReminderDispatch.Batch(BotApplication.TenantId, CampaignId, round), OutboxKey.For(CampaignId, round, person.SignInName, kind), CancellationToken.None);

    /// <summary>How many sends a round queued, to anyone.</summary>
    protected async Task<int> QueuedCountAsync(string round) =>
        (await Service<OutboxStore>().GetProgressAsync(PledgeReminderDispatch.Batch(BotApplication.TenantId, CampaignId, round), CancellationToken.None)).Total;

    protected Task<int> CountOfAsync(TestPerson person, string prompt = "pledge-individual") =>
        Service<ReminderStore>().GetCountAsync(BotApplication.TenantId, CampaignId, prompt, person.SignInName, CancellationToken.None);

    /// <summary>
    /// The cards posted to the person's chat so far, waiting up to 15 s until there are <paramref name="atLeast"/>. The
    /// clock moves on meanwhile as a real one would: the outbox spaces its calls out on it.
    /// </summary>
    protected async Task<IReadOnlyList<JsonObject>> CardsPostedToAsync(TestPerson person, int atLeast = 1)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            var cards = Channel.ConnectorRequests
                .Where(r => r.Method == "POST" && r.Path.Contains("/conversations/" + ChatOf(person) + "/activities", StringComparison.Ordinal))
                .Select(r => r.BodyObject?["attachments"]?[0]?["content"]).OfType<JsonObject>().ToList();
            // 30 s: on a loaded 2-core machine (the four test projects at once) the outbox, pacing on the test clock and
            // delaying on the queue in real time, once needed more than 15 s for the last of several rounds.
            if (cards.Count >= atLeast || stopwatch.Elapsed > TimeSpan.FromSeconds(30))
            {
                return cards;
            }
            await TickClockAsync();
        }
    }

    /// <summary>
    /// Waits (up to 30 s, the clock moving on meanwhile) until no outbox row is open: every send is recorded sent or
    /// given up. Call it before moving the clock on by hours or days: a send still in flight then would find its lease
    /// lapsed (and be sent again) or be past <c>Outbox:GiveUpAfter</c> (and be given up), as it should in production.
    /// </summary>
    protected async Task OutboxSettledAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        while (await AnyOutboxRowOpenAsync() && stopwatch.Elapsed < TimeSpan.FromSeconds(30))
        {
            await TickClockAsync();
        }
    }

    private async Task<bool> AnyOutboxRowOpenAsync()
    {
        var store = Service<OutboxStore>();
        await foreach (var batch in store.ListOpenBatchesAsync(CancellationToken.None))
        {
            await foreach (var _ in store.ListOpenAsync(batch.BatchId, CancellationToken.None))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Long enough for the outbox worker, polling every 50 ms, to have posted anything it was going to post, with the
    /// clock moving on meanwhile.
    /// </summary>
    protected async Task QuietPeriod()
    {
        for (var i = 0; i < 16; i++)
        {
            await TickClockAsync();
        }
    }

    private async Task TickClockAsync()
    {
        await Task.Delay(50);
        Clock.Advance(TimeSpan.FromMilliseconds(50));
    }

    /// <summary>The sample campaign file with other reminder settings.</summary>
    protected static string CampaignWith(string days = "[3, 1]", string time = "\"08:00\"", int maxPerPrompt = 3, string timeZone = "Asia/Ho_Chi_Minh")
    {
        var yaml = SampleCampaign.ReadYaml();
        string Replace(string text, string from, string to)
        {
            Assert.Contains(from, text);
            return text.Replace(from, to, StringComparison.Ordinal);
        }
        yaml = Replace(yaml, "    daysBeforeDeadline: [3, 1]\n    time: \"08:00\"", $"    daysBeforeDeadline: {days}\n    time: {time}");
        yaml = Replace(yaml, "  maxPerPrompt: 3", $"  maxPerPrompt: {maxPerPrompt}");
        return Replace(yaml, "timeZone: Asia/Ho_Chi_Minh", "timeZone: " + timeZone);
    }
}
