using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Progress;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Progress;

namespace ThiDuaBot.Bot.Features.Digests.Reviews;

/// <summary>
/// The review of a period from the months <see cref="DigestLoader.LoadMonthsAsync"/> read: each month is counted as
/// its monthly digest counts it (<see cref="DigestBuilder.Build"/>), then the months are added up. Pure: no storage,
/// no clock. Members are the roster now, for every month; content areas come from each person's latest report of the
/// period, as the Word report counts them.
/// </summary>
public static class ReviewDigestBuilder
{
    public static ReviewDigest Build(PledgeCampaign campaign, ReviewPeriod period, IReadOnlyList<(ProgressMonth Month, DigestInput Input)> months, Strings s)
    {
        var digests = months.Select(m => DigestBuilder.Build(campaign, m.Month, m.Input with { PreviousEntries = null }, s)).ToList();
        var byUnit = digests.Select(d => d.Units.ToDictionary(u => u.UnitId, StringComparer.Ordinal)).ToList();
        var units = digests.Count == 0
            ? []
            : digests[0].Units.Select(unit =>
            {
                var lines = byUnit.Select(d => d[unit.UnitId]).ToList();
                return new ReviewUnitLine(unit.UnitId, unit.Name, unit.Members, unit.Pledged,
                    lines.Sum(l => l.Reported), unit.Members * digests.Count, lines.Count(l => l.ReportSubmitted), digests.Count);
            }).ToList();
        var latest = months.SelectMany(m => m.Input.Entries.Select(entry => (m.Month.First, Entry: entry)))
            .GroupBy(e => e.Entry.Subject, StringComparer.Ordinal)
            .Select(g => g.MaxBy(e => e.First).Entry)
            .ToList();
        return new ReviewDigest
        {
            Period = period,
            CampaignTitle = campaign.Definition.Title,
            MonthsCounted = [.. months.Select(m => m.Month)],
            Units = units,
            Months = [.. digests.Select(d => new ReviewMonthLine(d.Month.Text, d.Reported, d.Members, d.Units.Count(u => u.ReportSubmitted), d.Units.Count))],
            Titles = digests.Count == 0 ? [] : digests[^1].Titles,
            Areas = DigestBuilder.Areas(campaign, latest),
            Deeds = [.. digests.SelectMany(d => d.Deeds.Select(deed => new ReviewDeed(d.Month.Text, deed)))],
        };
    }
}
