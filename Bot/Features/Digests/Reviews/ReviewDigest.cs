using ThiDuaBot.Bot.Features.Progress;

namespace ThiDuaBot.Bot.Features.Digests.Reviews;

/// <summary>
/// The council's review of a phase (<i>sơ kết</i>) or of the year (<i>tổng kết</i>), as <see cref="ReviewDigestBuilder"/>
/// computes it: participation by unit and by month over the months counted, titles aimed at, statuses by content area
/// from each person's latest report of the period, and the good deeds confirmed in it.
/// </summary>
public sealed record ReviewDigest
{
    public required ReviewPeriod Period { get; init; }
    public required string CampaignTitle { get; init; }
    public required IReadOnlyList<ProgressMonth> MonthsCounted { get; init; }
    public required IReadOnlyList<ReviewUnitLine> Units { get; init; }
    public required IReadOnlyList<ReviewMonthLine> Months { get; init; }
    public required IReadOnlyList<DigestTitleCount> Titles { get; init; }
    public required IReadOnlyList<DigestAreaCount> Areas { get; init; }
    public required IReadOnlyList<ReviewDeed> Deeds { get; init; }

    public int Members => Units.Sum(u => u.Members);
    public int Pledged => Units.Sum(u => u.Pledged);
    public int Reports => Units.Sum(u => u.Reports);
    public int Expected => Units.Sum(u => u.Expected);
    public int ReportedPercent => DigestMath.Percent(Reports, Expected);
    public int UnitReports => Units.Sum(u => u.UnitReports);
    public int UnitReportsExpected => Units.Count * MonthsCounted.Count;
}
