namespace ThiDuaBot.Bot.Outbox;

/// <summary>
/// Where a send goes: an existing conversation (a stored personal chat, a channel), or a person the bot opens a
/// 1:1 chat with first (the bot must be installed for them, or in a team they belong to). Use the factory methods.
/// </summary>
public sealed record OutboxRecipient
{
    private OutboxRecipient(string serviceUrl, string? conversationId, string? botId, string? userId, string? userAadObjectId)
    {
        ServiceUrl = serviceUrl;
        ConversationId = conversationId;
        BotId = botId;
        UserId = userId;
        UserAadObjectId = userAadObjectId;
    }

    public string ServiceUrl { get; }
    public string? ConversationId { get; }
    public string? BotId { get; }
    public string? UserId { get; }
    public string? UserAadObjectId { get; }

    /// <summary>A conversation the bot already has (its stored reference).</summary>
    public static OutboxRecipient Conversation(string serviceUrl, string conversationId)
    {
        RequireServiceUrl(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        return new OutboxRecipient(serviceUrl, conversationId, null, null, null);
    }

    /// <summary>
    /// A person to open a 1:1 chat with: their Teams user id (<c>29:…</c>) or, failing that, their Microsoft Entra
    /// object id (Teams accepts it for personal chats).
    /// </summary>
    public static OutboxRecipient NewPersonalChat(string serviceUrl, string botId, string? userId, string? userAadObjectId)
    {
        RequireServiceUrl(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(botId);
        if (string.IsNullOrWhiteSpace(userId) && string.IsNullOrWhiteSpace(userAadObjectId))
        {
            throw new ArgumentException("A new personal chat needs the user's Teams id or Microsoft Entra object id.");
        }
        return new OutboxRecipient(serviceUrl, null, botId, userId, userAadObjectId);
    }

    /// <summary>Refused at enqueue, not at send time: a bad address would otherwise come back on every retry.</summary>
    private static void RequireServiceUrl(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("serviceUrl must be an absolute http(s) URL.", nameof(serviceUrl));
        }
    }
}
