namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>The month against the one before: share of members who reported, and how many content areas were reported done.</summary>
public sealed record DigestChange(string PreviousMonthText, int PreviousReportedPercent, int PreviousDone);
