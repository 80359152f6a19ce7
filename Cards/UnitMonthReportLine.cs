namespace ThiDuaBot.Cards;

/// <summary>The unit's monthly report as the roll-up shows it: version, who, when (campaign time zone), comment, last reason.</summary>
public sealed record UnitMonthReportLine(int Version, string By, DateTimeOffset SavedAt, string Comment, string? Reason);
