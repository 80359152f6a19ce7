namespace ThiDuaBot.Storage.Charts;

/// <summary>What a chart image shows: a title and one bar per label, each a value out of 100 (a percentage).</summary>
public sealed record StoredChart(string Title, IReadOnlyList<ChartBar> Bars, DateTimeOffset CreatedAt);
