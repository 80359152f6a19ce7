namespace ThiDuaBot.Cards;

/// <summary>
/// A good deed a member put forward this month: who, about whom (already phrased), what (full text, shortened by the
/// card), and the head's decision (<c>confirm</c>, <c>set-aside</c>, or null while pending).
/// </summary>
public sealed record UnitMonthDeed(string SignInName, string ProposerName, string About, string Text, string? Decision);
