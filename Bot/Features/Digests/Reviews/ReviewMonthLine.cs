namespace ThiDuaBot.Bot.Features.Digests.Reviews;

/// <summary>One month of a review period: members who reported, of all members, and units that submitted their report.</summary>
public sealed record ReviewMonthLine(string MonthText, int Reported, int Members, int UnitsSubmitted, int Units)
{
    public int ReportedPercent => DigestMath.Percent(Reported, Members);
}
