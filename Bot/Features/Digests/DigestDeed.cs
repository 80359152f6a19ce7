namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>A good deed or exemplar the unit head confirmed: who put it forward, their unit, about whom (null: themselves), what was done.</summary>
public sealed record DigestDeed(string PersonName, string UnitName, string? ColleagueName, string Description);
