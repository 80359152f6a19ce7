using System.Text.Json.Nodes;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>One inbound activity being handled: what arrived, in which language to answer, and how to answer.</summary>
public sealed class TurnContext(Activity activity, ConnectorClient connector)
{
    public Activity Activity { get; } = activity;
    public Language Language { get; } = LanguageExtensions.FromLocale(activity.Locale);
    public Strings Strings => Strings.For(Language);
    public string? TenantId => Activity.TenantId;
    public TeamsChannelData ChannelData { get; } = TeamsChannelData.From(activity.ChannelData);
    public ConnectorClient Connector { get; } = connector;

    /// <summary>Answers in the conversation the activity came from (in its thread, for a channel post).</summary>
    public Task<ConnectorResult<ResourceResponse>> ReplyAsync(Activity reply, CancellationToken cancellationToken)
    {
        var serviceUrl = Activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl.");
        var conversationId = Activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.");
        return string.IsNullOrEmpty(reply.ReplyToId)
            ? Connector.SendToConversationAsync(serviceUrl, conversationId, reply, cancellationToken)
            : Connector.ReplyToActivityAsync(serviceUrl, conversationId, reply.ReplyToId, reply, cancellationToken);
    }

    public Task<ConnectorResult<ResourceResponse>> ReplyTextAsync(string text, CancellationToken cancellationToken) =>
        ReplyAsync(Activity.CreateReply(text), cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> ReplyCardAsync(JsonObject card, CancellationToken cancellationToken)
    {
        var reply = Activity.CreateReply();
        reply.Attachments = [new Attachment { ContentType = AdaptiveCard.ContentType, Content = card }];
        return ReplyAsync(reply, cancellationToken);
    }

    /// <summary>Posts a new message (not a reply) in the activity's conversation, e.g. a welcome in a team's channel.</summary>
    public Task<ConnectorResult<ResourceResponse>> PostTextAsync(string text, CancellationToken cancellationToken)
    {
        var post = Activity.CreateReply(text);
        post.ReplyToId = null;
        return ReplyAsync(post, cancellationToken);
    }
}
