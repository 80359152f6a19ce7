namespace ThiDuaBot.Bot.Features.Digests.Reviews;

/// <summary>A good deed confirmed by a unit head in one month of the review period.</summary>
public sealed record ReviewDeed(string MonthText, DigestDeed Deed);
