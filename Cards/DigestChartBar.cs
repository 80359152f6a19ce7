namespace ThiDuaBot.Cards;

/// <summary>One bar of a digest chart: the unit's name and its share, 0 to 100.</summary>
public sealed record DigestChartBar(string Label, int Percent);
