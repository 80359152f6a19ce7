namespace ThiDuaBot.Bot.Protocol;

/// <summary>A channel of a team; the General channel's name is null.</summary>
public sealed record ChannelInfo(string? Id, string? Name);
