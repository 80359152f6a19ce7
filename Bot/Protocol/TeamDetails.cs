namespace ThiDuaBot.Bot.Protocol;

/// <summary>Answer of <c>GET v3/teams/{teamId}</c>.</summary>
public sealed record TeamDetails(string? Id, string? Name, string? AadGroupId);
