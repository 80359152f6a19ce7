namespace ThiDuaBot.Cards;

/// <summary>One unit's line on the digest card: members, pledged, reported (and its percentage), late, unit report submitted.</summary>
public sealed record DigestCardUnit(string Name, int Members, int Pledged, int Reported, int Percent, int Late, bool ReportSubmitted);
