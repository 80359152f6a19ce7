namespace ThiDuaBot.Storage.Charts;

/// <summary>One bar of a chart: its label (a unit's name, never a person's) and its value, 0 to 100.</summary>
public sealed record ChartBar(string Label, int Value);
