using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Protocol;

/// <summary>
/// The Connector client taken from the bot's own DI (with its real resilience pipeline and token provider), talking
/// to the fake channel's Connector: paths, bodies, the token, parsing, retries and how failures come out.
/// </summary>
public sealed class ConnectorClientTests : BotTestBase
{
    private const int MaxRetries = 2;

    // A Teams channel thread id: ':' '@' ';' '=' must travel percent-encoded inside one path segment.
    private const string ThreadId = "19:council-team-general@thread.tacv2;messageid=1700000000777";
    private const string EscapedThreadId = "19%3Acouncil-team-general%40thread.tacv2%3Bmessageid%3D1700000000777";
    private const string ActivityId = "1:1Ab_Cd-Ef";
    private const string EscapedActivityId = "1%3A1Ab_Cd-Ef";
    private const string MemberId = "29:1user-an-personal";
    private const string EscapedMemberId = "29%3A1user-an-personal";
    private const string TeamId = "19:council-team@thread.tacv2";
    private const string EscapedTeamId = "19%3Acouncil-team%40thread.tacv2";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Connector:MaxRetries"] = MaxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Connector:RetryBaseDelay"] = "00:00:00.010",
    };

    private ConnectorClient Connector => Service<ConnectorClient>();

    private static Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        From = new ChannelAccount { Id = TeamsActivities.BotId, Name = "ThiDuaBot" },
        Recipient = new ChannelAccount { Id = TeamsActivities.UserId },
        Text = text,
        TextFormat = "plain",
    };

    private string ExpectedAuthorization => "Bearer " + Assert.Single(Channel.IssuedAccessTokens);

    // ---- Endpoints: method, escaped path under v3/, body, token, parsed answer ----

    [Fact]
    public async Task Send_to_conversation_posts_the_activity_to_its_activities_and_returns_the_new_id()
    {
        var result = await Connector.SendToConversationAsync(Channel.ServiceUrl, ThreadId, Message("Xin chào"), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Ok, result.Outcome);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.StartsWith("activity-", result.Value!.Id);
        var sent = Assert.Single(Channel.ConnectorRequests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/activities", sent.RawPath);
        Assert.Equal(ExpectedAuthorization, sent.Authorization);
        AssertJson(
            $$"""{"type":"message","from":{"id":"{{TeamsActivities.BotId}}","name":"ThiDuaBot"},"recipient":{"id":"{{TeamsActivities.UserId}}"},"textFormat":"plain","text":"Xin chào"}""",
            sent.Body);
    }

    [Fact]
    public async Task Reply_posts_to_the_activity_it_answers()
    {
        var result = await Connector.ReplyToActivityAsync(Channel.ServiceUrl, ThreadId, ActivityId, Message("trả lời"), CancellationToken.None);

        Assert.True(result.IsOk);
        Assert.StartsWith("activity-", result.Value!.Id);
        var sent = Assert.Single(Channel.ConnectorRequests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/activities/{EscapedActivityId}", sent.RawPath);
        Assert.Equal(ExpectedAuthorization, sent.Authorization);
        Assert.Equal("trả lời", sent.BodyObject!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_puts_the_new_activity_in_place_of_the_old()
    {
        var result = await Connector.UpdateActivityAsync(Channel.ServiceUrl, ThreadId, ActivityId, Message("đã sửa"), CancellationToken.None);

        Assert.True(result.IsOk);
        var sent = Assert.Single(Channel.ConnectorRequests);
        Assert.Equal("PUT", sent.Method);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/activities/{EscapedActivityId}", sent.RawPath);
        Assert.Equal(ExpectedAuthorization, sent.Authorization);
        Assert.Equal("đã sửa", sent.BodyObject!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_sends_a_bodiless_delete_for_the_activity()
    {
        var result = await Connector.DeleteActivityAsync(Channel.ServiceUrl, ThreadId, ActivityId, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Ok, result.Outcome);
        Assert.Null(result.Value);
        var sent = Assert.Single(Channel.ConnectorRequests);
        Assert.Equal("DELETE", sent.Method);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/activities/{EscapedActivityId}", sent.RawPath);
        Assert.Equal(ExpectedAuthorization, sent.Authorization);
        Assert.Null(sent.Body);
    }

    [Fact]
    public async Task Create_conversation_sends_the_teams_one_to_one_shape_in_camel_case_without_nulls()
    {
        var parameters = new ConversationParameters(
            Bot: new ChannelAccount { Id = TeamsActivities.BotId, Name = "ThiDuaBot" },
            Members: [new ChannelAccount { Id = MemberId }],
            IsGroup: false,
            TenantId: BotApplication.TenantId,
            ChannelData: new JsonObject { ["tenant"] = new JsonObject { ["id"] = BotApplication.TenantId } });

        var result = await Connector.CreateConversationAsync(Channel.ServiceUrl, parameters, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Ok, result.Outcome);
        Assert.StartsWith("a:created-", result.Value!.Id);
        var sent = Assert.Single(Channel.ConnectorRequests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/v3/conversations", sent.RawPath);
        Assert.Equal(ExpectedAuthorization, sent.Authorization);
        AssertJson(
            $$"""
            {
              "bot": { "id": "{{TeamsActivities.BotId}}", "name": "ThiDuaBot" },
              "members": [ { "id": "{{MemberId}}" } ],
              "isGroup": false,
              "tenantId": "{{BotApplication.TenantId}}",
              "channelData": { "tenant": { "id": "{{BotApplication.TenantId}}" } }
            }
            """,
            sent.Body);
    }

    [Fact]
    public async Task Create_conversation_reads_the_whole_answer()
    {
        Channel.Script("/v3/conversations", new ScriptedResponse(201, """{"id":"a:1new-chat","serviceUrl":"https://smba.example/apac/","activityId":"1:first"}"""));

        var result = await Connector.CreateConversationAsync(Channel.ServiceUrl, OneToOne(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Ok, result.Outcome);
        Assert.Equal(HttpStatusCode.Created, result.StatusCode);
        Assert.Equal(new ConversationResourceResponse("a:1new-chat", "https://smba.example/apac/", "1:first"), result.Value);
    }

    [Fact]
    public async Task Members_are_read_with_their_aad_object_id_and_extra_fields_kept()
    {
        Channel.Script($"/v3/conversations/{ThreadId}/members", new ScriptedResponse(200, $$"""
            [
              { "id": "{{MemberId}}", "name": "Nguyễn Văn An", "aadObjectId": "a1b2c3d4-1111-4222-8333-444455556666", "email": "an@example.vn", "userPrincipalName": "an@example.vn" },
              { "id": "29:1user-binh", "name": "Trần Thị Bình", "aadObjectId": "b1b2c3d4-1111-4222-8333-444455556666" }
            ]
            """));

        var result = await Connector.GetConversationMembersAsync(Channel.ServiceUrl, ThreadId, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Ok, result.Outcome);
        var sent = Assert.Single(Channel.ConnectorRequests);
        Assert.Equal("GET", sent.Method);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/members", sent.RawPath);
        Assert.Equal(ExpectedAuthorization, sent.Authorization);
        Assert.Null(sent.Body);
        Assert.Collection(
            result.Value!,
            an =>
            {
                Assert.Equal(MemberId, an.Id);
                Assert.Equal("Nguyễn Văn An", an.Name);
                Assert.Equal("a1b2c3d4-1111-4222-8333-444455556666", an.AadObjectId);
                Assert.Equal("an@example.vn", an.Properties!["email"].GetString());
            },
            binh => Assert.Equal("b1b2c3d4-1111-4222-8333-444455556666", binh.AadObjectId));
    }

    [Fact]
    public async Task One_member_is_read_by_its_escaped_id()
    {
        Channel.Script($"/members/{MemberId}", new ScriptedResponse(200, $$"""{ "id": "{{MemberId}}", "name": "Nguyễn Văn An", "aadObjectId": "a1b2c3d4-1111-4222-8333-444455556666" }"""));

        var result = await Connector.GetConversationMemberAsync(Channel.ServiceUrl, ThreadId, MemberId, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Ok, result.Outcome);
        Assert.Equal("a1b2c3d4-1111-4222-8333-444455556666", result.Value!.AadObjectId);
        var sent = Assert.Single(Channel.ConnectorRequests);
        Assert.Equal("GET", sent.Method);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/members/{EscapedMemberId}", sent.RawPath);
        Assert.Equal(ExpectedAuthorization, sent.Authorization);
    }

    [Fact]
    public async Task Paged_members_send_page_size_and_the_escaped_continuation_token_and_read_the_page()
    {
        const string token = "a+b/c=d&e f";
        Channel.Script("/pagedmembers", new ScriptedResponse(200, $$"""
            { "continuationToken": "next+page/2=", "members": [ { "id": "{{MemberId}}", "aadObjectId": "a1b2c3d4-1111-4222-8333-444455556666" } ] }
            """));

        var result = await Connector.GetConversationPagedMembersAsync(Channel.ServiceUrl, ThreadId, 50, token, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Ok, result.Outcome);
        Assert.Equal("next+page/2=", result.Value!.ContinuationToken);
        Assert.Equal(MemberId, Assert.Single(result.Value.Members).Id);
        var sent = Assert.Single(Channel.ConnectorRequests);
        Assert.Equal("GET", sent.Method);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/pagedmembers", sent.RawPath);
        Assert.Equal("?pageSize=50&continuationToken=a%2Bb%2Fc%3Dd%26e%20f", sent.Query);
        Assert.Equal(ExpectedAuthorization, sent.Authorization);
    }

    [Fact]
    public async Task Paged_members_without_page_size_or_token_send_no_query_and_an_empty_page_has_no_token()
    {
        var result = await Connector.GetConversationPagedMembersAsync(Channel.ServiceUrl, ThreadId, null, null, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Ok, result.Outcome);
        Assert.Null(result.Value!.ContinuationToken);
        Assert.Empty(result.Value.Members);
        var sent = Assert.Single(Channel.ConnectorRequests);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/pagedmembers", sent.RawPath);
        Assert.True(string.IsNullOrEmpty(sent.Query), $"query was '{sent.Query}'");
    }

    [Fact]
    public async Task Team_details_are_read_from_the_team()
    {
        Channel.Script($"/v3/teams/{TeamId}", new ScriptedResponse(200, $$"""
            { "id": "{{TeamId}}", "name": "Hội đồng Thi đua-Khen thưởng", "aadGroupId": "0d9c8b7a-6f5e-4d3c-2b1a-000011112222", "type": "standard" }
            """));

        var result = await Connector.GetTeamDetailsAsync(Channel.ServiceUrl, TeamId, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Ok, result.Outcome);
        Assert.Equal(new TeamDetails(TeamId, "Hội đồng Thi đua-Khen thưởng", "0d9c8b7a-6f5e-4d3c-2b1a-000011112222"), result.Value);
        var sent = Assert.Single(Channel.ConnectorRequests);
        Assert.Equal("GET", sent.Method);
        Assert.Equal($"/v3/teams/{EscapedTeamId}", sent.RawPath);
        Assert.Equal(ExpectedAuthorization, sent.Authorization);
    }

    [Fact]
    public async Task Team_channels_are_read_with_the_general_channel_unnamed()
    {
        Channel.Script($"/v3/teams/{TeamId}/conversations", new ScriptedResponse(200, $$"""
            { "conversations": [ { "id": "{{TeamId}}" }, { "id": "19:khen-thuong@thread.tacv2", "name": "Khen thưởng" } ] }
            """));

        var result = await Connector.GetTeamChannelsAsync(Channel.ServiceUrl, TeamId, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Ok, result.Outcome);
        Assert.Equal([new ChannelInfo(TeamId, null), new ChannelInfo("19:khen-thuong@thread.tacv2", "Khen thưởng")], result.Value!.Conversations);
        var sent = Assert.Single(Channel.ConnectorRequests);
        Assert.Equal("GET", sent.Method);
        Assert.Equal($"/v3/teams/{EscapedTeamId}/conversations", sent.RawPath);
        Assert.Equal(ExpectedAuthorization, sent.Authorization);
    }

    [Fact]
    public async Task Ids_with_characters_that_mean_something_in_a_url_stay_inside_their_path_segment()
    {
        const string odd = "a:1 x/y?z#w%25";

        var result = await Connector.ReplyToActivityAsync(Channel.ServiceUrl, odd, "act/1?#", Message("x"), CancellationToken.None);

        Assert.True(result.IsOk);
        var sent = Assert.Single(Channel.ConnectorRequests);
        Assert.Equal("/v3/conversations/a%3A1%20x%2Fy%3Fz%23w%2525/activities/act%2F1%3F%23", sent.RawPath);
        Assert.True(string.IsNullOrEmpty(sent.Query), $"query was '{sent.Query}'");
    }

    [Fact]
    public async Task Answer_202_without_a_body_is_ok_with_no_id_as_the_playground_answers()
    {
        Channel.Script("/activities", new ScriptedResponse(202));

        var result = await Connector.SendToConversationAsync(Channel.ServiceUrl, ThreadId, Message("x"), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Ok, result.Outcome);
        Assert.Equal(HttpStatusCode.Accepted, result.StatusCode);
        Assert.Null(result.Value);
        Assert.Single(Channel.ConnectorRequests);
    }

    [Fact]
    public async Task Answer_200_with_an_empty_object_is_ok_with_no_id()
    {
        Channel.Script("/activities", new ScriptedResponse(200, "{}"));

        var result = await Connector.SendToConversationAsync(Channel.ServiceUrl, ThreadId, Message("x"), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Ok, result.Outcome);
        Assert.Null(result.Value!.Id);
    }

    // ---- serviceUrl forms ----

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Service_url_works_with_and_without_a_trailing_slash(bool trailingSlash)
    {
        var serviceUrl = Channel.ServiceUrl.TrimEnd('/') + (trailingSlash ? "/" : "");

        var result = await Connector.SendToConversationAsync(serviceUrl, ThreadId, Message("x"), CancellationToken.None);

        Assert.True(result.IsOk);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/activities", Assert.Single(Channel.ConnectorRequests).RawPath);
    }

    [Theory]
    [InlineData("ftp://smba.trafficmanager.net/apac/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/connector/")]
    [InlineData("smba.trafficmanager.net/apac")]
    [InlineData("")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://user:secret@smba.trafficmanager.net/apac/")]
    public async Task Service_url_that_is_not_absolute_http_or_https_is_a_failed_send_that_never_reached_the_service(string serviceUrl)
    {
        // A stored reference can carry such a URL (written by hand, or by an older version): the caller gets a failed
        // result to report like any other, not an exception that would answer the person's request with a 500.
        var result = await Connector.SendToConversationAsync(serviceUrl, ThreadId, Message("x"), CancellationToken.None);
        var members = await Connector.GetConversationMembersAsync(serviceUrl, ThreadId, CancellationToken.None);

        Assert.Equal((ConnectorOutcome.Failed, false), (result.Outcome, result.MayHaveReachedService));
        Assert.Equal(ConnectorOutcome.Failed, members.Outcome);
        Assert.Empty(Channel.ConnectorRequests);
    }

    // ---- Retries ----

    [Fact]
    public void Retry_After_as_seconds_or_as_a_date_is_waited_with_a_margin_and_without_it_the_backoff_applies()
    {
        var now = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        seconds.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(2));
        using var date = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        date.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(now.AddSeconds(3));
        using var past = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        past.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(now.AddSeconds(-3));
        using var none = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        var margin = ProtocolServiceCollectionExtensions.RetryAfterMargin;
        Assert.Equal(TimeSpan.FromSeconds(2) + margin, ProtocolServiceCollectionExtensions.RetryAfterDelay(seconds, now));
        Assert.Equal(TimeSpan.FromSeconds(3) + margin, ProtocolServiceCollectionExtensions.RetryAfterDelay(date, now));
        Assert.Equal(margin, ProtocolServiceCollectionExtensions.RetryAfterDelay(past, now));
        Assert.Null(ProtocolServiceCollectionExtensions.RetryAfterDelay(none, now));
        Assert.Null(ProtocolServiceCollectionExtensions.RetryAfterDelay(null, now));
    }

    [Fact]
    public async Task Throttled_429_with_retry_after_is_retried_after_waiting_what_the_connector_asked()
    {
        Channel.Script("/activities", new ScriptedResponse(429, RetryAfterSeconds: 1));

        var result = await Connector.SendToConversationAsync(Channel.ServiceUrl, ThreadId, Message("x"), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Ok, result.Outcome);
        var requests = Channel.ConnectorRequests;
        Assert.Equal(2, requests.Count);
        var gap = requests[1].ReceivedAt - requests[0].ReceivedAt;
        Assert.True(gap >= TimeSpan.FromSeconds(1), $"the retry came {gap.TotalMilliseconds:F0} ms after the 429, before its Retry-After of 1 s");
        Assert.True(gap < TimeSpan.FromSeconds(5), $"the retry came {gap.TotalMilliseconds:F0} ms after the 429");
    }

    [Theory]
    [InlineData(412)]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Transient_failure_is_retried_with_the_same_request_and_then_succeeds(int status)
    {
        Channel.Script("/activities", new ScriptedResponse(status));

        var result = await Connector.SendToConversationAsync(Channel.ServiceUrl, ThreadId, Message("gửi lại"), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Ok, result.Outcome);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.StartsWith("activity-", result.Value!.Id);
        var requests = Channel.ConnectorRequests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r =>
        {
            Assert.Equal("POST", r.Method);
            Assert.Equal($"/v3/conversations/{EscapedThreadId}/activities", r.RawPath);
            Assert.Equal(ExpectedAuthorization, r.Authorization);
            Assert.Equal("gửi lại", r.BodyObject?["text"]?.GetValue<string>());
        });
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Failure_that_never_clears_is_failed_after_the_configured_retries(int status)
    {
        Channel.Script("/activities", Enumerable.Range(0, 10).Select(_ => new ScriptedResponse(status, """{"error":{"code":"Throttled"}}""")).ToArray());

        var result = await Connector.SendToConversationAsync(Channel.ServiceUrl, ThreadId, Message("x"), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal((HttpStatusCode)status, result.StatusCode);
        Assert.Contains("Throttled", result.Error);
        Assert.Null(result.Value);
        Assert.Equal(1 + MaxRetries, Channel.ConnectorRequests.Count);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task Forbidden_or_not_found_means_the_recipient_is_unreachable_and_is_not_retried(int status)
    {
        Channel.Script("/activities", new ScriptedResponse(status, """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}"""));

        var result = await Connector.SendToConversationAsync(Channel.ServiceUrl, ThreadId, Message("x"), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.RecipientUnreachable, result.Outcome);
        Assert.False(result.IsOk);
        Assert.Equal((HttpStatusCode)status, result.StatusCode);
        Assert.Contains("BotNotInConversationRoster", result.Error);
        Assert.Single(Channel.ConnectorRequests);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(413)]
    [InlineData(500)]
    public async Task Other_failures_are_failed_after_one_request(int status)
    {
        Channel.Script("/activities", new ScriptedResponse(status, """{"error":{"code":"BadArgument"}}"""));

        var result = await Connector.SendToConversationAsync(Channel.ServiceUrl, ThreadId, Message("x"), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal((HttpStatusCode)status, result.StatusCode);
        Assert.Contains("BadArgument", result.Error);
        Assert.Single(Channel.ConnectorRequests);
    }

    [Fact]
    public async Task Failures_on_reads_come_out_the_same_way()
    {
        Channel.Script($"/v3/teams/{TeamId}", new ScriptedResponse(403));
        Channel.Script("/members", new ScriptedResponse(502), new ScriptedResponse(500));

        var team = await Connector.GetTeamDetailsAsync(Channel.ServiceUrl, TeamId, CancellationToken.None);
        var members = await Connector.GetConversationMembersAsync(Channel.ServiceUrl, ThreadId, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.RecipientUnreachable, team.Outcome);
        Assert.Null(team.Value);
        Assert.Equal(ConnectorOutcome.Failed, members.Outcome);
        Assert.Equal(HttpStatusCode.InternalServerError, members.StatusCode);
        Assert.Equal(3, Channel.ConnectorRequests.Count); // team once; members 502, retried, then 500
    }

    [Fact]
    public async Task Connection_refused_is_failed_without_an_exception()
    {
        var serviceUrl = $"http://127.0.0.1:{ClosedPort()}/connector/";

        var result = await Connector.SendToConversationAsync(serviceUrl, ThreadId, Message("x"), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Null(result.StatusCode);
        Assert.Null(result.Value);
        Assert.Equal(nameof(HttpRequestException), result.Error);
    }

    [Fact]
    public async Task Read_that_outlasts_the_attempt_timeout_is_given_up_and_retried()
    {
        var bot = CreateBot(new Dictionary<string, string?>
        {
            ["Connector:AttemptTimeout"] = "00:00:00.500",
            ["Connector:RetryBaseDelay"] = "00:00:00.010",
            ["Connector:MaxRetries"] = "1",
        });
        var connector = bot.Services.GetRequiredService<ConnectorClient>();
        await connector.GetConversationMembersAsync(Channel.ServiceUrl, "warm-up", CancellationToken.None); // token and TLS before the clock matters
        Channel.ClearRecordings();
        Channel.Script("/members", new ScriptedResponse(200, "[]", Delay: TimeSpan.FromSeconds(10)));

        var started = DateTimeOffset.UtcNow;
        var result = await connector.GetConversationMembersAsync(Channel.ServiceUrl, ThreadId, CancellationToken.None);
        var took = DateTimeOffset.UtcNow - started;

        Assert.Equal(ConnectorOutcome.Ok, result.Outcome);
        Assert.Equal(2, Channel.ConnectorRequests.Count);
        Assert.True(took < TimeSpan.FromSeconds(5), $"took {took.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task Send_that_outlasts_the_attempt_timeout_is_failed_not_posted_again()
    {
        var bot = CreateBot(new Dictionary<string, string?>
        {
            ["Connector:AttemptTimeout"] = "00:00:00.500",
            ["Connector:RetryBaseDelay"] = "00:00:00.010",
            ["Connector:MaxRetries"] = "3",
        });
        var connector = bot.Services.GetRequiredService<ConnectorClient>();
        await connector.GetConversationMembersAsync(Channel.ServiceUrl, "warm-up", CancellationToken.None);
        Channel.ClearRecordings();
        Channel.Script("/activities", new ScriptedResponse(200, """{"id":"too-late"}""", Delay: TimeSpan.FromSeconds(10)));

        var result = await connector.SendToConversationAsync(Channel.ServiceUrl, ThreadId, Message("x"), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Single(Channel.ConnectorRequests);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_swallowed_as_a_failure()
    {
        await Connector.GetConversationMembersAsync(Channel.ServiceUrl, "warm-up", CancellationToken.None); // fetch the token first
        Channel.Script("/activities", new ScriptedResponse(200, Delay: TimeSpan.FromSeconds(10)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Connector.SendToConversationAsync(Channel.ServiceUrl, ThreadId, Message("x"), cancel.Token));
    }

    private static ConversationParameters OneToOne() => new(
        new ChannelAccount { Id = TeamsActivities.BotId },
        [new ChannelAccount { Id = MemberId }],
        false,
        BotApplication.TenantId,
        new JsonObject { ["tenant"] = new JsonObject { ["id"] = BotApplication.TenantId } });

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static void AssertJson(string expected, JsonNode? actual)
    {
        var want = JsonNode.Parse(expected);
        Assert.True(JsonNode.DeepEquals(want, actual), $"expected {want?.ToJsonString()}\n     got {actual?.ToJsonString()}");
    }
}
