namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>How many of the month's reports give each status for one content area.</summary>
public sealed record DigestAreaCount(string AreaId, string Title, int Done, int InProgress, int NotStarted, int Blocked);
