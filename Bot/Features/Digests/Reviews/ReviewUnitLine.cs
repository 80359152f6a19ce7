namespace ThiDuaBot.Bot.Features.Digests.Reviews;

/// <summary>
/// One unit over a review period: members and who of them pledged (the roster now), monthly reports given
/// (<see cref="Reports"/>) of those due (<see cref="Expected"/> = members × months counted), and the months its unit
/// report was submitted.
/// </summary>
public sealed record ReviewUnitLine(string UnitId, string Name, int Members, int Pledged, int Reports, int Expected, int UnitReports, int Months)
{
    public int ReportedPercent => DigestMath.Percent(Reports, Expected);
}
