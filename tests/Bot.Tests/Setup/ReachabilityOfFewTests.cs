using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Conversations;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Setup;

/// <summary>
/// Reachability of a few people (a unit head's nudge, people just added): each team is asked about each person
/// without a personal chat, instead of listing every team's members.
/// </summary>
public sealed class ReachabilityOfFewTests : BotTestBase
{
    private const string Team = "19:team-general@thread.tacv2";
    private static readonly DateTimeOffset T0 = new(2013, 3, 5, 1, 0, 0, TimeSpan.Zero);

    private static Person P(string upn, string? aad) => new() { SignInName = upn, DisplayName = upn, UnitId = "van-phong", AadObjectId = aad };

    [Fact]
    public async Task Team_membership_is_asked_person_by_person_and_a_personal_chat_needs_no_question()
    {
        var store = Service<ConversationStore>();
        await store.RecordInstalledAsync(new StoredConversation
        {
            TenantId = BotApplication.TenantId, ConversationId = "a:personal-an", ConversationType = "personal", ServiceUrl = Channel.ServiceUrl,
            ChannelId = "msteams", BotId = TeamsActivities.BotId, UserAadObjectId = "aad-an",
        }, T0, CancellationToken.None);
        await store.RecordInstalledAsync(new StoredConversation
        {
            TenantId = BotApplication.TenantId, ConversationId = Team, ConversationType = "channel", ServiceUrl = Channel.ServiceUrl,
            ChannelId = "msteams", BotId = TeamsActivities.BotId, TeamId = Team,
        }, T0, CancellationToken.None);
        Channel.Script("/members/aad-binh", new ScriptedResponse(200, """{"id":"29:binh","aadObjectId":"aad-binh","name":"Bình"}"""));

        var reach = await Service<ReachabilityService>().AssessAsync(
            Service<ConnectorClient>(), BotApplication.TenantId, [P("an@x.example", "aad-an"), P("binh@x.example", "aad-binh"), P("cuong@x.example", "aad-cuong"), P("dung@x.example", null)],
            CancellationToken.None);

        Assert.Equal(
            [(Reach.PersonalChat, "a:personal-an"), (Reach.ThroughTeam, Team), (Reach.Unreachable, null), (Reach.Unreachable, null)],
            reach.Select(r => (r.Reach, r.Via?.ConversationId)));
        Assert.Equal([UnreachableReason.NotInstalled, UnreachableReason.NoAccountLink], reach.Skip(2).Select(r => r.Reason));
        var asked = Channel.ConnectorRequests.Where(r => r.Method == "GET").Select(r => Uri.UnescapeDataString(r.Path)).ToList();
        Assert.Equal([$"/v3/conversations/{Team}/members/aad-binh", $"/v3/conversations/{Team}/members/aad-cuong"], asked);
    }
}
