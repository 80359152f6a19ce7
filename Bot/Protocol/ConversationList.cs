namespace ThiDuaBot.Bot.Protocol;

/// <summary>Answer of <c>GET v3/teams/{teamId}/conversations</c>.</summary>
public sealed record ConversationList(IReadOnlyList<ChannelInfo> Conversations);
