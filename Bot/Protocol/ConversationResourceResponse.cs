namespace ThiDuaBot.Bot.Protocol;

/// <summary>Answer to creating a conversation.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ServiceUrl, string? ActivityId);
