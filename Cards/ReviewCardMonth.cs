namespace ThiDuaBot.Cards;

/// <summary>One month of the review period: members who reported (and the share), units that submitted their report.</summary>
public sealed record ReviewCardMonth(string MonthText, int Reported, int Members, int Percent, int UnitsSubmitted, int Units);
