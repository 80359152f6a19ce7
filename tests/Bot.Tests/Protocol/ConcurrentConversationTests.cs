using System.Net;
using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Tests.Pledges;
using ThiDuaBot.Storage.Conversations;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Protocol;

/// <summary>
/// Many activities of one conversation at once, as a busy council channel, a double-sender or Teams retrying produce
/// them: every one is answered, none fails, and the conversation is stored once (its welcome sent once).
/// </summary>
public sealed class ConcurrentConversationTests : PledgeTestBase
{
    private const int Concurrent = 50;

    [Fact]
    public async Task Fifty_messages_at_once_in_one_new_personal_chat_get_fifty_answers_and_one_stored_reference()
    {
        await SeedAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(i =>
        {
            var activity = TeamsActivities.PersonalMessage(Channel.ServiceUrl, "giúp");
            activity["id"] = $"17000000{i:D5}";
            return SendAsync(activity);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(Concurrent, RepliesIn(TeamsActivities.PersonalConversationId));
        var stored = Assert.Single(await Service<ConversationStore>().ListAsync(BotApplication.TenantId, CancellationToken.None).ToListAsync());
        Assert.Equal((TeamsActivities.PersonalConversationId, TeamsActivities.UserAadObjectId, "vi-VN"), (stored.ConversationId, stored.UserAadObjectId, stored.Locale));
    }

    [Fact]
    public async Task Fifty_mentions_at_once_in_one_channel_from_people_of_both_languages_get_fifty_answers_and_one_row()
    {
        await SeedAsync();
        var people = new[] { An, Dung, Lan, Long };

        var responses = await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(i =>
        {
            var person = people[i % people.Length];
            var activity = TeamsActivities.ChannelMessageWithMention(Channel.ServiceUrl, "giúp", locale: i % 2 == 0 ? "vi-VN" : "en-US");
            activity["id"] = $"17000001{i:D5}";
            activity["conversation"]!["id"] = TeamsActivities.ChannelConversationId + ";messageid=17000001" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
            activity["from"] = new JsonObject { ["id"] = "29:" + person.Aad, ["name"] = person.Name, ["aadObjectId"] = person.Aad };
            return SendAsync(activity);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(Concurrent, RepliesIn(TeamsActivities.ChannelConversationId));
        var stored = Assert.Single(await Service<ConversationStore>().ListAsync(BotApplication.TenantId, CancellationToken.None).ToListAsync());
        Assert.Equal((TeamsActivities.ChannelConversationId, "channel", null), (stored.ConversationId, stored.ConversationType, stored.Locale));
    }

    [Fact]
    public async Task Install_events_at_once_in_a_personal_chat_store_one_row_and_welcome_once()
    {
        await SeedAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(i => SendAsync(i % 2 == 0
            ? TeamsActivities.PersonalInstallationUpdate(Channel.ServiceUrl, "add")
            : TeamsActivities.PersonalConversationUpdate(Channel.ServiceUrl))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, RepliesIn(TeamsActivities.PersonalConversationId));
        var stored = Assert.Single(await Service<ConversationStore>().ListAsync(BotApplication.TenantId, CancellationToken.None).ToListAsync());
        Assert.NotNull(stored.WelcomedAt);
    }

    [Fact]
    public async Task Team_install_events_and_mentions_at_once_store_one_row_and_welcome_the_team_once()
    {
        await SeedAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(i => SendAsync(i % 5 == 4
            ? TeamsActivities.ChannelMessageWithMention(Channel.ServiceUrl, "giúp")
            : TeamsActivities.TeamInstall(Channel.ServiceUrl))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var welcomes = SentActivities().Count(r => r.BodyObject?["text"]?.GetValue<string>() is { } text && text.StartsWith("Xin chào các thành viên nhóm", StringComparison.Ordinal));
        Assert.Equal(1, welcomes);
        Assert.Equal(1 + Concurrent / 5, RepliesIn(TeamsActivities.ChannelConversationId));
        var stored = Assert.Single(await Service<ConversationStore>().ListAsync(BotApplication.TenantId, CancellationToken.None).ToListAsync());
        Assert.Equal(("Hội đồng Thi đua-Khen thưởng", true), (stored.TeamName, stored.WelcomedAt is not null));
    }

    /// <summary>Activities the bot sent into the conversation (a channel's replies go to its threads).</summary>
    private int RepliesIn(string conversationId) =>
        SentActivities().Count(r => r.Path.Contains("/v3/conversations/" + Uri.EscapeDataString(conversationId), StringComparison.Ordinal)
                                    || r.Path.Contains("/v3/conversations/" + conversationId, StringComparison.Ordinal));
}
