using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Conversations;

namespace ThiDuaBot.Bot.Features.Conversations;

/// <summary>From an inbound activity to the conversation reference the bot stores.</summary>
public static class ConversationMapping
{
    /// <summary>Null when the activity lacks what a reference needs (tenant, conversation, service URL, bot id).</summary>
    public static StoredConversation? ToStored(TurnContext turn)
    {
        var reference = ConversationReference.From(turn.Activity);
        if (reference is null || string.IsNullOrWhiteSpace(reference.TenantId))
        {
            return null;
        }
        var type = reference.ConversationType ?? (turn.ChannelData.TeamId is not null ? "channel" : "personal");
        var isPersonal = type == "personal";
        return new StoredConversation
        {
            TenantId = reference.TenantId,
            ConversationId = WithoutThread(reference.ConversationId),
            ConversationType = type,
            ServiceUrl = reference.ServiceUrl,
            ChannelId = reference.ChannelId,
            BotId = reference.Bot.Id!,
            BotName = reference.Bot.Name,
            UserId = isPersonal ? reference.User?.Id : null,
            UserAadObjectId = isPersonal ? reference.User?.AadObjectId : null,
            UserName = isPersonal ? reference.User?.Name : null,
            TeamId = turn.ChannelData.TeamId,
            TeamAadGroupId = turn.ChannelData.TeamAadGroupId,
            TeamName = turn.ChannelData.TeamName,
            // The language of the person's Teams, for what the bot posts to them later. A channel has no language of
            // its own (each poster's Teams has one), so storing the last poster's would rewrite the row at every post.
            Locale = isPersonal ? reference.Locale : null,
        };
    }

    /// <summary>
    /// A channel post's conversation id names its thread (<c>19:…@thread.tacv2;messageid=…</c>); the bot stores the
    /// channel itself, once, not one row per thread.
    /// </summary>
    public static string WithoutThread(string conversationId)
    {
        var thread = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread < 0 ? conversationId : conversationId[..thread];
    }
}
