using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaBot.Bot.Features.Commands;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Conversations;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Protocol;

/// <summary>Real Teams activity shapes through <c>/api/messages</c>, checked at the fake Connector and in storage.</summary>
public sealed class ActivityRoutingTests : BotTestBase
{
    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<ICardActionHandler, EchoCardAction>();
        services.AddSingleton<IChatCommand, FailingCommand>();
    }

    [Theory]
    [InlineData("trợ giúp")]
    [InlineData("Tro Giup")]
    [InlineData("  TRỢ   GIÚP ")]
    [InlineData("help")]
    public async Task Help_in_a_personal_chat_answers_with_the_vietnamese_help_card(string typed)
    {
        var response = await SendAsync(TeamsActivities.PersonalMessage(Channel.ServiceUrl, typed));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(SentActivities());
        var attachment = reply.BodyObject!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.Equal("1.5", attachment["content"]!["version"]!.GetValue<string>());
        Assert.Contains(Strings.Vi.HelpTitle, CardText(reply));
        Assert.Equal(TeamsActivities.UserId, reply.BodyObject["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal(TeamsActivities.BotId, reply.BodyObject["from"]!["id"]!.GetValue<string>());
        Assert.Equal("1700000000001", reply.BodyObject["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Help_from_an_english_teams_client_is_in_english()
    {
        await SendAsync(TeamsActivities.PersonalMessage(Channel.ServiceUrl, "help", locale: "en-GB"));

        var reply = Assert.Single(SentActivities());
        Assert.Contains(Strings.En.HelpTitle, CardText(reply));
        Assert.DoesNotContain(Strings.Vi.HelpTitle, CardText(reply));
    }

    [Fact]
    public async Task Unknown_text_gets_the_short_help_never_silence()
    {
        await SendAsync(TeamsActivities.PersonalMessage(Channel.ServiceUrl, "xin chào bot"));

        var reply = Assert.Single(SentActivities());
        var text = reply.BodyObject!["text"]!.GetValue<string>();
        Assert.Contains("xin chào bot", text);
        Assert.Contains("trợ giúp", text);
    }

    [Fact]
    public async Task Channel_message_with_mention_is_parsed_without_the_mention_and_answered_in_its_thread()
    {
        await SendAsync(TeamsActivities.ChannelMessageWithMention(Channel.ServiceUrl, "trợ giúp"));

        var reply = Assert.Single(SentActivities());
        Assert.Equal("POST", reply.Method);
        Assert.Equal($"/v3/conversations/{TeamsActivities.ChannelConversationId};messageid=1700000000777/activities/1700000000777", reply.Path);
        Assert.Contains(Strings.Vi.HelpTitle, CardText(reply));

        var stored = await Service<ConversationStore>().ListAsync(BotApplication.TenantId, CancellationToken.None).ToListAsync();
        Assert.Equal([TeamsActivities.ChannelConversationId], stored.Select(c => c.ConversationId));
    }

    [Fact]
    public async Task Bot_added_to_a_team_posts_one_welcome_in_the_channel_and_stores_the_reference()
    {
        var response = await SendAsync(TeamsActivities.TeamInstall(Channel.ServiceUrl));
        await SendAsync(TeamsActivities.TeamInstall(Channel.ServiceUrl)); // Teams may deliver the event twice

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Assert.Single(SentActivities());
        Assert.Equal($"/v3/conversations/{TeamsActivities.ChannelConversationId}/activities", welcome.Path);
        Assert.Contains("Hội đồng Thi đua-Khen thưởng", welcome.BodyObject!["text"]!.GetValue<string>());

        var stored = await Service<ConversationStore>().GetAsync(BotApplication.TenantId, TeamsActivities.ChannelConversationId, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.True(stored.Installed);
        Assert.Equal("channel", stored.ConversationType);
        Assert.Equal(TeamsActivities.TeamId, stored.TeamId);
        Assert.Equal("0d9c8b7a-6f5e-4d3c-2b1a-000011112222", stored.TeamAadGroupId);
        Assert.Equal(Channel.ServiceUrl, stored.ServiceUrl);
        Assert.Equal(TeamsActivities.BotId, stored.BotId);
    }

    [Fact]
    public async Task Bot_removed_from_a_team_marks_the_reference_uninstalled()
    {
        await SendAsync(TeamsActivities.TeamInstall(Channel.ServiceUrl));
        await SendAsync(TeamsActivities.TeamUninstall(Channel.ServiceUrl));

        var stored = await Service<ConversationStore>().GetAsync(BotApplication.TenantId, TeamsActivities.ChannelConversationId, CancellationToken.None);
        Assert.False(stored!.Installed);
        Assert.NotNull(stored.UninstalledAt);
    }

    [Fact]
    public async Task Personal_install_sends_one_welcome_for_both_events_and_removal_marks_it()
    {
        await SendAsync(TeamsActivities.PersonalInstallationUpdate(Channel.ServiceUrl, "add"));
        await SendAsync(TeamsActivities.PersonalConversationUpdate(Channel.ServiceUrl));

        var welcome = Assert.Single(SentActivities());
        Assert.Equal($"/v3/conversations/{TeamsActivities.PersonalConversationId}/activities", welcome.Path);
        Assert.Contains("Nguyễn Văn An", welcome.BodyObject!["text"]!.GetValue<string>());
        var store = Service<ConversationStore>();
        var stored = await store.FindPersonalAsync(BotApplication.TenantId, TeamsActivities.UserAadObjectId, CancellationToken.None);
        Assert.Equal(TeamsActivities.PersonalConversationId, stored?.ConversationId);
        Assert.Equal(TeamsActivities.UserId, stored?.UserId);

        await SendAsync(TeamsActivities.PersonalInstallationUpdate(Channel.ServiceUrl, "remove"));

        Assert.Null(await store.FindPersonalAsync(BotApplication.TenantId, TeamsActivities.UserAadObjectId, CancellationToken.None));
        Assert.Single(SentActivities());
    }

    [Fact]
    public async Task Adaptive_card_execute_is_answered_with_the_invoke_response_body()
    {
        var response = await SendAsync(TeamsActivities.CardExecute(Channel.ServiceUrl, "test.echo", new JsonObject { ["n"] = 7 }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Equal("echo 7 manual", body["value"]!["body"]![0]!["text"]!.GetValue<string>());
        Assert.Empty(SentActivities());
    }

    [Fact]
    public async Task Unknown_card_verb_answers_a_message_in_the_users_language()
    {
        var response = await SendAsync(TeamsActivities.CardExecute(Channel.ServiceUrl, "no.such.verb", new JsonObject(), locale: "en-US"));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.Equal(Strings.En.UnknownCardAction, body["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Action_submit_value_is_routed_by_its_verb_and_answered_in_chat()
    {
        await SendAsync(TeamsActivities.CardSubmit(Channel.ServiceUrl, new JsonObject { ["verb"] = "test.echo", ["n"] = 3 }));

        var reply = Assert.Single(SentActivities());
        Assert.Contains("echo 3 ", CardText(reply));
    }

    [Fact]
    public async Task Other_activity_types_and_invokes_are_acknowledged_and_ignored()
    {
        var reaction = TeamsActivities.PersonalMessage(Channel.ServiceUrl, "x");
        reaction["type"] = "messageReaction";
        var otherInvoke = TeamsActivities.CardExecute(Channel.ServiceUrl, "x", new JsonObject());
        otherInvoke["name"] = "composeExtension/query";
        var future = TeamsActivities.PersonalMessage(Channel.ServiceUrl, "x");
        future["type"] = "someTypeFromTheFuture";

        foreach (var activity in new[] { reaction, otherInvoke, future })
        {
            var response = await SendAsync(activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("", await response.Content.ReadAsStringAsync());
        }
        Assert.Empty(SentActivities());
    }

    [Fact]
    public async Task Malformed_json_is_400_and_oversized_body_is_413()
    {
        var client = Bot.CreateClient();
        var token = Bot.ValidToken();

        foreach (var (body, expected) in new[]
                 {
                     ("{ not json", HttpStatusCode.BadRequest),
                     ("[1,2,3]", HttpStatusCode.BadRequest),
                     ("{\"text\":\"no type\"}", HttpStatusCode.BadRequest),
                     ("{\"type\":\"message\",\"text\":\"" + new string('x', 300 * 1024) + "\"}", HttpStatusCode.RequestEntityTooLarge),
                 })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new("Bearer", token);
            var response = await client.SendAsync(request);
            Assert.Equal(expected, response.StatusCode);
        }
        Assert.Equal(0, await CountStoredRowsAsync());
    }

    [Fact]
    public async Task A_failing_handler_is_a_bare_500_and_the_user_gets_an_apology_not_a_stack_trace()
    {
        var response = await SendAsync(TeamsActivities.PersonalMessage(Channel.ServiceUrl, "boom"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain(" at ", body);
        var apology = Assert.Single(SentActivities());
        Assert.Equal(Strings.Vi.SomethingWentWrong, apology.BodyObject!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_properties_survive_a_round_trip_through_the_activity_model()
    {
        var original = TeamsActivities.ChannelMessageWithMention(Channel.ServiceUrl, "help");
        original["attachmentLayout"] = "list";
        original["futureField"] = new JsonObject { ["nested"] = new JsonArray(1, 2) };
        original["from"]!["userRole"] = "user";
        original["conversation"]!["name"] = "General";
        original["conversation"]!["futureConversationField"] = true;

        var activity = System.Text.Json.JsonSerializer.Deserialize<Activity>(original.ToJsonString(), ProtocolJson.Options)!;
        var written = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(activity, ProtocolJson.Options))!;

        Assert.True(JsonNode.DeepEquals(original, written), written.ToJsonString());
        Assert.Equal(BotApplication.TenantId, activity.TenantId);
        Assert.Equal("help", MentionText.Strip(activity.Text));
    }

    private sealed class EchoCardAction : ICardActionHandler
    {
        public string Verb => "test.echo";

        public Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
            Task.FromResult(InvokeResponse.Card(AdaptiveCard.Create([AdaptiveCard.Text($"echo {action.Data["n"]} {action.Trigger}")])));
    }

    private sealed class FailingCommand : IChatCommand
    {
        public IReadOnlyList<string> Aliases => ["boom"];

        public HelpEntry? Describe(Strings strings) => null;

        public Task RunAsync(CommandContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("handler bug with a secret detail");
    }
}
