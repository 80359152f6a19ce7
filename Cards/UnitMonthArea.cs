namespace ThiDuaBot.Cards;

/// <summary>One content area on the month roll-up: how many of the unit's reports give each status.</summary>
public sealed record UnitMonthArea(string Title, int Done, int InProgress, int NotStarted, int Blocked);
