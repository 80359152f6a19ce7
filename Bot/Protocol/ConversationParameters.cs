using System.Text.Json.Nodes;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>Body of <c>POST v3/conversations</c>: a proactive 1:1 chat with one member.</summary>
public sealed record ConversationParameters(
    ChannelAccount Bot,
    IReadOnlyList<ChannelAccount> Members,
    bool IsGroup,
    string TenantId,
    JsonObject ChannelData,
    Activity? Activity = null);
