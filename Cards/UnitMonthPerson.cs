namespace ThiDuaBot.Cards;

/// <summary>A member of the unit on the month roll-up: sign-in name (for buttons), name, and a short note (when reported).</summary>
public sealed record UnitMonthPerson(string SignInName, string Name, string? Note = null);
