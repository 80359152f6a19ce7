namespace ThiDuaBot.Bot.Protocol;

/// <summary>Everything needed to message a conversation later, as the Bot Framework SDK names it.</summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string ChannelId,
    string ConversationId,
    string? ConversationType,
    string? TenantId,
    ChannelAccount Bot,
    ChannelAccount? User,
    string? ActivityId,
    string? Locale)
{
    /// <summary>The reference of the conversation an inbound activity came from; null when the activity lacks the basics.</summary>
    public static ConversationReference? From(Activity activity)
    {
        if (activity.ServiceUrl is null || activity.ChannelId is null || activity.Conversation?.Id is null || activity.Recipient?.Id is null)
        {
            return null;
        }
        return new ConversationReference(
            activity.ServiceUrl,
            activity.ChannelId,
            activity.Conversation.Id,
            activity.Conversation.ConversationType,
            activity.TenantId,
            new ChannelAccount { Id = activity.Recipient.Id, Name = activity.Recipient.Name },
            activity.From is null ? null : new ChannelAccount { Id = activity.From.Id, Name = activity.From.Name, AadObjectId = activity.From.AadObjectId },
            activity.Id,
            activity.Locale);
    }
}
