namespace ThiDuaBot.Cards;

/// <summary>One unit over the review period: pledged of members, monthly reports given of those due (and the share), months its unit report was submitted.</summary>
public sealed record ReviewCardUnit(string Name, int Members, int Pledged, int Reports, int Expected, int Percent, int UnitReports, int Months);
