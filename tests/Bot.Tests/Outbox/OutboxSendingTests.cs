using System.Text.Json;
using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Outbox;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Outbox;

/// <summary>One worker: what it posts, how often, and what each Connector answer does to the row.</summary>
public sealed class OutboxSendingTests : OutboxTestBase
{
    [Fact]
    public async Task Enqueued_card_is_posted_once_to_the_stored_conversation_with_its_body_and_the_bot_token()
    {
        var result = await Outbox.EnqueueAsync(Batch, [ToChat("an")], CancellationToken.None);

        var progress = await WaitForBatchAsync();
        await QuietPeriod();
        Assert.Equal(new(1, 0), result);
        Assert.Equal(1, progress.Count(OutboxStatus.Sent));
        var post = Assert.Single(SentActivities());
        Assert.Equal("POST", post.Method);
        Assert.Equal("/v3/conversations/a%3A1chat-an/activities", post.RawPath);
        Assert.Equal("Bearer " + Assert.Single(Channel.IssuedAccessTokens), post.Authorization);
        var expected = JsonSerializer.SerializeToNode(Card(Key("an")), ProtocolJson.Options)!.AsObject();
        expected["conversation"] = new JsonObject { ["id"] = ChatOf("an") };
        Assert.True(JsonNode.DeepEquals(expected, post.Body), $"posted {post.Body?.ToJsonString()}");
        var row = await RowAsync(Key("an"));
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.StartsWith("activity-", row.SentActivityId);
        Assert.Equal(1, row.Attempts);
        Assert.NotNull(row.SentAt);
        Assert.Null(row.LeaseOwner);
    }

    [Fact]
    public async Task The_same_key_enqueued_twice_is_posted_once()
    {
        var first = await Outbox.EnqueueAsync(Batch, [ToChat("an"), ToChat("an"), ToChat("binh")], CancellationToken.None);
        var again = await Outbox.EnqueueAsync(Batch, [ToChat("an")], CancellationToken.None);
        await WaitForBatchAsync();
        var afterSent = await Outbox.EnqueueAsync(Batch, [ToChat("an"), ToChat("binh")], CancellationToken.None);
        await QuietPeriod();

        Assert.Equal(new(2, 0), first);
        Assert.Equal(new(0, 1), again);
        Assert.Equal(new(0, 2), afterSent);
        Assert.Single(PostsOf(Key("an")));
        Assert.Single(PostsOf(Key("binh")));
        Assert.Equal(2, SentActivities().Count);
    }

    [Theory]
    [InlineData(403, "BotNotInConversationRoster")]
    [InlineData(404, "ConversationNotFound")]
    public async Task Forbidden_or_not_found_makes_the_recipient_unreachable_with_the_reason_and_is_not_retried(int status, string code)
    {
        Channel.Script("/v3/conversations/a:1chat-an/activities", new ScriptedResponse(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = "The bot is not part of the conversation roster." } }.ToJsonString()));

        await Outbox.EnqueueAsync(Batch, [ToChat("an"), ToChat("binh")], CancellationToken.None);
        var progress = await WaitForBatchAsync();
        await QuietPeriod();

        Assert.Single(PostsOf(Key("an")));
        Assert.Equal(1, progress.Count(OutboxStatus.Unreachable));
        Assert.Equal(1, progress.Count(OutboxStatus.Sent));
        var problem = Assert.Single(progress.Problems);
        Assert.Equal(Key("an"), problem.Key);
        Assert.Equal(OutboxStatus.Unreachable, problem.Status);
        Assert.Equal(status, problem.StatusCode);
        Assert.Equal(ChatOf("an"), problem.ConversationId);
        Assert.Contains(code, problem.Reason);
        Assert.Equal(1, problem.Attempts);
    }

    [Fact]
    public async Task Throttled_429_waits_for_its_retry_after_and_is_then_posted_once()
    {
        Channel.Script("/v3/conversations/a:1chat-an/activities", new ScriptedResponse(429, """{"error":{"code":"Throttled"}}""", RetryAfterSeconds: 1));

        await Outbox.EnqueueAsync(Batch, [ToChat("an")], CancellationToken.None);
        await WaitForBatchAsync();

        var posts = PostsOf(Key("an"));
        Assert.Equal(2, posts.Count);
        var gap = posts[1].ReceivedAt - posts[0].ReceivedAt;
        Assert.True(gap >= TimeSpan.FromSeconds(1), $"posted again {gap.TotalMilliseconds:F0} ms after a 429 asking for 1 s");
        Assert.True(gap < TimeSpan.FromSeconds(4), $"posted again only {gap.TotalMilliseconds:F0} ms after a 429 asking for 1 s");
        var row = await RowAsync(Key("an"));
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(2, row.Attempts);
        Assert.Equal(1, row.Throttled);
    }

    [Fact]
    public async Task A_429_pauses_the_tenant_so_other_recipients_wait_too()
    {
        Channel.Script("/v3/conversations/a:1chat-an/activities", new ScriptedResponse(429, RetryAfterSeconds: 1));

        await Outbox.EnqueueAsync(Batch, [ToChat("an")], CancellationToken.None);
        await WaitUntilAsync(() => PostsOf(Key("an")).Count == 1);
        await Outbox.EnqueueAsync(Batch, [ToChat("binh")], CancellationToken.None);
        await WaitForBatchAsync();

        var throttledAt = PostsOf(Key("an"))[0].ReceivedAt;
        var other = Assert.Single(PostsOf(Key("binh")));
        Assert.True(other.ReceivedAt - throttledAt >= TimeSpan.FromSeconds(1),
            $"another person of the tenant was posted to {(other.ReceivedAt - throttledAt).TotalMilliseconds:F0} ms into a 1 s Retry-After");
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Transient_failure_is_retried_with_backoff_and_posted(int status)
    {
        Channel.Script("/v3/conversations/a:1chat-an/activities", new ScriptedResponse(status));

        await Outbox.EnqueueAsync(Batch, [ToChat("an")], CancellationToken.None);
        await WaitForBatchAsync();

        Assert.Equal(2, PostsOf(Key("an")).Count);
        var row = await RowAsync(Key("an"));
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(2, row.Attempts);
    }

    [Fact]
    public async Task Bad_request_fails_at_once_with_the_reason()
    {
        Channel.Script("/v3/conversations/a:1chat-an/activities", new ScriptedResponse(413, """{"error":{"code":"MessageSizeTooBig"}}"""));

        await Outbox.EnqueueAsync(Batch, [ToChat("an")], CancellationToken.None);
        var progress = await WaitForBatchAsync();
        await QuietPeriod();

        Assert.Single(PostsOf(Key("an")));
        var problem = Assert.Single(progress.Problems);
        Assert.Equal(OutboxStatus.Failed, problem.Status);
        Assert.Contains("MessageSizeTooBig", problem.Reason);
    }

    [Fact]
    public async Task A_new_personal_chat_is_created_once_and_kept_even_when_the_post_is_retried()
    {
        Channel.Script("/activities", new ScriptedResponse(503));

        await Outbox.EnqueueAsync(Batch, [ToNewChat("an")], CancellationToken.None);
        await WaitForBatchAsync();

        var create = Assert.Single(Creates());
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse($$"""
                {
                  "bot": { "id": "{{TeamsActivities.BotId}}" },
                  "members": [ { "id": "29:1user-an" } ],
                  "isGroup": false,
                  "tenantId": "{{BotApplication.TenantId}}",
                  "channelData": { "tenant": { "id": "{{BotApplication.TenantId}}" } }
                }
                """),
            create.Body), $"created with {create.Body?.ToJsonString()}");
        var row = await RowAsync(Key("an"));
        Assert.True(row.ConversationCreated);
        Assert.StartsWith("a:created-", row.ConversationId);
        var posts = PostsOf(Key("an"));
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Equal($"/v3/conversations/{row.ConversationId}/activities", p.Path));
        Assert.Equal(OutboxStatus.Sent, row.Status);
    }

    [Fact]
    public async Task A_person_who_blocked_the_bot_is_unreachable_when_the_chat_cannot_be_created()
    {
        Channel.Script("/v3/conversations", new ScriptedResponse(403, """{"error":{"code":"Forbidden","message":"User blocked the conversation with the bot."}}"""));

        await Outbox.EnqueueAsync(Batch, [ToNewChat("an")], CancellationToken.None);
        var progress = await WaitForBatchAsync();
        await QuietPeriod();

        Assert.Single(Creates());
        Assert.Empty(SentActivities());
        var problem = Assert.Single(progress.Problems);
        Assert.Equal(OutboxStatus.Unreachable, problem.Status);
        Assert.Equal("29:1user-an", problem.UserId);
        Assert.Contains("create the chat: 403", problem.Reason);
    }

    [Fact]
    public async Task A_send_that_times_out_is_sent_again_by_default_as_it_may_not_have_arrived()
    {
        Channel.Script("/v3/conversations/a:1chat-an/activities", new ScriptedResponse(200, """{"id":"late"}""", Delay: TimeSpan.FromSeconds(2)));

        await Outbox.EnqueueAsync(Batch, [ToChat("an")], CancellationToken.None);
        await WaitForBatchAsync();

        Assert.Equal(2, PostsOf(Key("an")).Count);
        var row = await RowAsync(Key("an"));
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.StartsWith("activity-", row.SentActivityId);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException();
            }
            await Task.Delay(20);
        }
    }
}
