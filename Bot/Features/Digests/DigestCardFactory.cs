using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// Turns a <see cref="MonthlyDigest"/> into the card: units sorted for the council (lowest share reported first, then
/// units without their report, then by name), and the participation chart's data stored under an opaque id so the
/// chart element's fallback image can be drawn by any instance (<see cref="ChartImages"/>).
/// </summary>
public sealed class DigestCardFactory(ChartImages chartImages, TimeProvider time)
{
    public async Task<JsonObject> BuildAsync(PledgeCampaign campaign, MonthlyDigest digest, Strings s, bool official, CancellationToken cancellationToken)
    {
        var units = Sorted(digest.Units);
        var imageUrl = await chartImages.StoreAsync(s.DigestChartHeading + " — " + digest.Month.Text,
            [.. units.Select(u => new DigestChartBar(u.Name, u.ReportedPercent))], cancellationToken).ConfigureAwait(false);
        return DigestCard.Build(s, Model(campaign, digest, units, official, imageUrl));
    }

    /// <summary>The card's model, no storage: for tests and benchmarks.</summary>
    public DigestCardModel Model(PledgeCampaign campaign, MonthlyDigest digest, IReadOnlyList<DigestUnitLine> units, bool official, string? imageUrl) => new()
    {
        MonthText = digest.Month.Text,
        CampaignTitle = digest.CampaignTitle,
        Official = official,
        ShownAt = campaign.Local(time.GetUtcNow()),
        Members = digest.Members,
        Pledged = digest.Pledged,
        Reported = digest.Reported,
        ReportedPercent = digest.ReportedPercent,
        Late = digest.Late,
        Done = digest.Done,
        Units = [.. units.Select(u => new DigestCardUnit(u.Name, u.Members, u.Pledged, u.Reported, u.ReportedPercent, u.Late, u.ReportSubmitted))],
        UnitsWithoutReport = [.. digest.UnitsWithoutReport.Select(u => u.Name)],
        Titles = [.. digest.Titles.Select(t => new DigestCardTitle(t.Name, t.Collective, t.Count))],
        Areas = [.. digest.Areas.Select(a => new UnitMonthArea(a.Title, a.Done, a.InProgress, a.NotStarted, a.Blocked))],
        Deeds = [.. digest.Deeds.Select(d => new DigestCardDeed(d.PersonName, d.UnitName, d.ColleagueName, d.Description))],
        PreviousMonthText = digest.Change?.PreviousMonthText,
        PreviousReportedPercent = digest.Change?.PreviousReportedPercent ?? 0,
        PreviousDone = digest.Change?.PreviousDone ?? 0,
        ChartImageUrl = imageUrl,
    };

    /// <summary>Lowest share reported first; on a tie, units without their report first, then by name.</summary>
    public static IReadOnlyList<DigestUnitLine> Sorted(IEnumerable<DigestUnitLine> units) =>
        [.. units.OrderBy(u => u.ReportedPercent).ThenBy(u => u.ReportSubmitted).ThenBy(u => u.Name, TextOrder.Vietnamese)];
}
