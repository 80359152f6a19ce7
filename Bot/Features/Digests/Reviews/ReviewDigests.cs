using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Digests.Reviews;

/// <summary>
/// A phase review, loaded (<see cref="DigestLoader.LoadMonthsAsync"/>), built (<see cref="ReviewDigestBuilder"/>) and
/// made a card: units with the lowest share of due reports given first, their chart stored for the picture fallback.
/// </summary>
public sealed class ReviewDigests(DigestLoader loader, ChartImages chartImages, TimeProvider time)
{
    public DateOnly Today(PledgeCampaign campaign) => DateOnly.FromDateTime(campaign.Local(time.GetUtcNow()).DateTime);

    public async Task<ReviewDigest> BuildAsync(PledgeCampaign campaign, ReviewPeriod period, DateOnly today, Strings s, CancellationToken cancellationToken)
    {
        var months = await loader.LoadMonthsAsync(campaign, period.CountedMonths(campaign, today), cancellationToken).ConfigureAwait(false);
        return ReviewDigestBuilder.Build(campaign, period, months, s);
    }

    /// <summary>The card and its title (the notification's text).</summary>
    public async Task<(JsonObject Card, string Title)> CardAsync(PledgeCampaign campaign, ReviewDigest digest, Strings s, bool official, CancellationToken cancellationToken)
    {
        var units = Sorted(digest.Units);
        var model = Model(campaign, digest, units, official, imageUrl: null);
        var title = ReviewCard.Title(s, model);
        var imageUrl = await chartImages.StoreAsync(title + " — " + s.ReviewChartHeading,
            [.. units.Select(u => new DigestChartBar(u.Name, u.ReportedPercent))], cancellationToken).ConfigureAwait(false);
        return (ReviewCard.Build(s, model with { ChartImageUrl = imageUrl }), title);
    }

    /// <summary>The card's model, no storage: for tests and benchmarks.</summary>
    public ReviewCardModel Model(PledgeCampaign campaign, ReviewDigest digest, IReadOnlyList<ReviewUnitLine> units, bool official, string? imageUrl) => new()
    {
        Final = digest.Period.Final,
        PhaseName = digest.Period.Phase.Name,
        PhaseNumber = digest.Period.Number,
        Year = campaign.Definition.Year,
        Start = digest.Period.Start,
        End = digest.Period.End,
        CampaignTitle = digest.CampaignTitle,
        Official = official,
        ShownAt = campaign.Local(time.GetUtcNow()),
        MonthsCounted = [.. digest.MonthsCounted.Select(m => m.Text)],
        Members = digest.Members,
        Pledged = digest.Pledged,
        PledgedPercent = DigestMath.Percent(digest.Pledged, digest.Members),
        Reports = digest.Reports,
        Expected = digest.Expected,
        ReportedPercent = digest.ReportedPercent,
        UnitReports = digest.UnitReports,
        UnitReportsExpected = digest.UnitReportsExpected,
        Units = [.. units.Select(u => new ReviewCardUnit(u.Name, u.Members, u.Pledged, u.Reports, u.Expected, u.ReportedPercent, u.UnitReports, u.Months))],
        Months = [.. digest.Months.Select(m => new ReviewCardMonth(m.MonthText, m.Reported, m.Members, m.ReportedPercent, m.UnitsSubmitted, m.Units))],
        Titles = [.. digest.Titles.Select(t => new DigestCardTitle(t.Name, t.Collective, t.Count))],
        Areas = [.. digest.Areas.Select(a => new UnitMonthArea(a.Title, a.Done, a.InProgress, a.NotStarted, a.Blocked))],
        Deeds = [.. digest.Deeds.Select(d => new ReviewCardDeed(d.MonthText, new DigestCardDeed(d.Deed.PersonName, d.Deed.UnitName, d.Deed.ColleagueName, d.Deed.Description)))],
        ChartImageUrl = imageUrl,
    };

    /// <summary>Lowest share of due reports given first; on a tie, fewer unit reports first, then by name.</summary>
    public static IReadOnlyList<ReviewUnitLine> Sorted(IEnumerable<ReviewUnitLine> units) =>
        [.. units.OrderBy(u => u.ReportedPercent).ThenBy(u => u.UnitReports).ThenBy(u => u.Name, TextOrder.Vietnamese)];
}
