namespace ThiDuaBot.Cards;

/// <summary>A good deed confirmed in one month of the review period.</summary>
public sealed record ReviewCardDeed(string MonthText, DigestCardDeed Deed);
