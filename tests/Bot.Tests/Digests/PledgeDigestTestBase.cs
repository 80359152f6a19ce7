using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Digests;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Outbox;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.Storage.Tenants;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Digests;

/// <summary>
/// The pledge round of the sample campaign (deadline Wednesday 20/03/2013, pledge reminders at 08:00 Hà Nội time),
/// launched on Friday 01/03/2013, with the digest tests' people (Hoà: leadership and council member, no unit) and the
/// council channel set. The round's Mondays are 04/03, 11/03 and 18/03; the closing digest is due on 21/03. The
/// known pledges (<see cref="SeedKnownPledgesAsync"/>): An on 05/03 (again, changed, on 15/03), Long on 08/03, Lan on
/// 12/03, the science unit's collective pledge on 13/03; Dũng and Cường have not pledged.
/// </summary>
public abstract class PledgeDigestTestBase : DigestTestBase
{
    protected static readonly DateTimeOffset LaunchedAt = new(2013, 3, 1, 8, 0, 0, Hanoi);
    protected static readonly DateTimeOffset Monday18 = new(2013, 3, 18, 8, 0, 0, Hanoi);
    protected static readonly DateTimeOffset ClosingAt = new(2013, 3, 21, 8, 0, 0, Hanoi);

    protected async Task SeedPledgeRoundAsync(bool councilChannel = true, DateTimeOffset? launchedAt = null)
    {
        await SeedWithChatsAsync();
        await LaunchAsync(launchedAt ?? LaunchedAt);
        await Service<RosterStore>().ApplyAsync(BotApplication.TenantId, CampaignId, new RosterChanges([Hoa.ToPerson() with { UnitId = null }], []), CancellationToken.None);
        if (councilChannel)
        {
            await Service<TenantSettingsStore>().UpdateAsync(BotApplication.TenantId, s => s with
            {
                CouncilConversationId = TeamsActivities.ChannelConversationId,
                CouncilServiceUrl = Channel.ServiceUrl,
                CouncilChannelName = CouncilChannelName,
            }, CancellationToken.None);
        }
    }

    protected async Task SeedKnownPledgesAsync()
    {
        await PledgeAtAsync(An, new DateTimeOffset(2013, 3, 5, 9, 0, 0, Hanoi));
        await PledgeAtAsync(Long, new DateTimeOffset(2013, 3, 8, 10, 0, 0, Hanoi));
        await PledgeAtAsync(Lan, new DateTimeOffset(2013, 3, 12, 9, 0, 0, Hanoi));
        await PledgeAtAsync(Long, new DateTimeOffset(2013, 3, 13, 9, 0, 0, Hanoi), PledgeKind.Collective, "tap-the-lao-dong-tien-tien");
        await PledgeAtAsync(An, new DateTimeOffset(2013, 3, 15, 9, 0, 0, Hanoi), targets: "Hoàn thành 100% nhiệm vụ, thêm một sáng kiến.");
    }

    /// <summary>Stores a pledge of <paramref name="person"/> (their unit's for a collective one) saved at <paramref name="at"/>.</summary>
    protected async Task PledgeAtAsync(TestPerson person, DateTimeOffset at, PledgeKind kind = PledgeKind.Individual, string title = "lao-dong-tien-tien", string targets = "Hoàn thành 100% nhiệm vụ được giao.")
    {
        var result = await Service<PledgeStore>().SaveAsync(new PledgeSave
        {
            TenantId = BotApplication.TenantId,
            CampaignId = CampaignId,
            Kind = kind,
            Subject = kind == PledgeKind.Individual ? person.SignInName : person.UnitId,
            UnitId = person.UnitId,
            Content = new PledgeContent(title, ["cai-cach-hanh-chinh"], targets, new Dictionary<string, int>(), "Tôi xin cam kết."),
            CampaignVersion = 1,
            Nonce = Guid.NewGuid().ToString("N"),
            By = new PledgeAuthor(person.Aad, person.SignInName, person.Name),
            At = at,
        }, CancellationToken.None);
        Assert.Equal(PledgeSaveOutcome.Saved, result.Outcome);
    }

    /// <summary>How many posts a slot's outbox batch holds.</summary>
    protected async Task<int> QueuedAsync(PledgeDigestSlot slot) =>
        (await Service<OutboxStore>().GetProgressAsync(PledgeDigestJob.Batch(BotApplication.TenantId, CampaignId, slot), CancellationToken.None)).Total;

    protected static PledgeDigestSlot Slot(int day, bool final = false) =>
        new(new DateOnly(2013, 3, day), new DateTimeOffset(2013, 3, day, 8, 0, 0, Hanoi), final);

    /// <summary>The cards the bot posted to the council channel so far.</summary>
    protected IReadOnlyList<JsonObject> CouncilPosts() => Channel.ConnectorRequests
        .Where(r => r.Method == "POST" && r.Path.Contains("/conversations/" + TeamsActivities.ChannelConversationId + "/activities", StringComparison.Ordinal))
        .Select(r => r.BodyObject?["attachments"]?[0]?["content"]).OfType<JsonObject>().ToList();

    /// <summary>
    /// The cards posted to the council channel, waiting up to 30 s for the first (the outbox paces its sends on the
    /// test clock, which moves on meanwhile). Whether a slot was queued once is checked on the outbox batch.
    /// </summary>
    protected async Task<IReadOnlyList<JsonObject>> CouncilPostsAsync()
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        while (CouncilPosts().Count == 0 && stopwatch.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50);
            Clock.Advance(TimeSpan.FromMilliseconds(50));
        }
        return CouncilPosts();
    }

    protected static bool IsPledgeDigest(JsonObject card, Strings? s = null) => TextBlocks(card).FirstOrDefault() == (s ?? Strings.Vi).PledgeDigestTitle;
}
