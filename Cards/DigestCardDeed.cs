namespace ThiDuaBot.Cards;

/// <summary>A confirmed good deed: who put it forward, their unit, about whom (null: themselves), what was done.</summary>
public sealed record DigestCardDeed(string PersonName, string UnitName, string? ColleagueName, string Description);
