using System.Globalization;
using System.Text.Json.Nodes;

namespace ThiDuaBot.Cards;

/// <summary>
/// The council's phase review: the interim review (<i>sơ kết</i>) of a phase or the final review (<i>tổng kết</i>) of
/// the year. Overall figures over the months counted, participation month by month, a bar chart and a table of the
/// share of due monthly reports each unit gave (lowest first), titles aimed at, statuses by content area from each
/// person's latest report, confirmed good deeds, and where the Word report and the full table are. Read-only. Kept
/// under <see cref="DigestCard.MaxBytes"/> like the monthly digest: fewer units and deeds, shorter texts, until it fits.
/// </summary>
public static class ReviewCard
{
    private sealed record Fit(int Units, int Deeds, int DeedLength);

    public static JsonObject Build(Strings s, ReviewCardModel model) =>
        AdaptiveCard.FirstFitting(
            [new Fit(DigestCard.MaxUnits, DigestCard.MaxDeeds, 400), new Fit(DigestCard.MaxUnits, DigestCard.MaxDeeds, 150), new Fit(20, 5, 150), new Fit(10, 3, 100), new Fit(5, 0, 0)],
            fit => Build(s, model, fit),
            DigestCard.MaxBytes);

    /// <summary>"Sơ kết Đợt 1 (01/03/2013 – 30/06/2013)" or "Tổng kết năm 2013 (…)": the card's title and the notification's.</summary>
    public static string Title(Strings s, ReviewCardModel m) =>
        m.Final ? Format(s.ReviewTitleFinal, m.Year, Date(m.Start), Date(m.End)) : Format(s.ReviewTitleInterim, m.PhaseName, Date(m.Start), Date(m.End));

    private static JsonObject Build(Strings s, ReviewCardModel m, Fit fit)
    {
        var body = new List<JsonNode>
        {
            AdaptiveCard.Text(Title(s, m), size: "Large", weight: "Bolder"),
            AdaptiveCard.Text(m.CampaignTitle, subtle: true, spacing: "None"),
            AdaptiveCard.Text(m.Official ? Format(m.Final ? s.ReviewOfficialNoteFinal : s.ReviewOfficialNoteInterim, m.PhaseName) : Format(s.DigestOnDemandNote, m.ShownAt.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)), subtle: true, spacing: "None"),
            AdaptiveCard.Text(Format(s.ReviewMonthsCounted, string.Join(", ", m.MonthsCounted)), subtle: true, spacing: "None"),
        };

        body.Add(AdaptiveCard.Facts(
        [
            (s.ReviewUnits, m.Units.Count.ToString(CultureInfo.InvariantCulture)),
            (s.DigestMembers, m.Members.ToString(CultureInfo.InvariantCulture)),
            (s.DigestPledged, Format(s.ReviewCountOfPercent, m.Pledged, m.Members, m.PledgedPercent)),
            (s.ReviewReports, Format(s.ReviewCountOfPercent, m.Reports, m.Expected, m.ReportedPercent)),
            (s.ReviewUnitReports, Format(s.DigestOutOf, m.UnitReports, m.UnitReportsExpected)),
            (s.ReviewDeedsConfirmed, m.Deeds.Count.ToString(CultureInfo.InvariantCulture)),
        ]));

        if (m.Months.Count > 0)
        {
            body.Add(AdaptiveCard.Text(s.ReviewMonthsHeading, weight: "Bolder", spacing: "Medium"));
            body.Add(AdaptiveCard.Facts(m.Months.Select(month => (month.MonthText, Format(s.ReviewMonthLine, month.Reported, month.Members, month.Percent, month.UnitsSubmitted, month.Units)))));
        }

        var shown = m.Units.Take(fit.Units).ToList();
        if (shown.Count > 0)
        {
            body.Add(AdaptiveCard.Text(s.ReviewChartHeading, weight: "Bolder", spacing: "Medium"));
            body.Add(DigestChart.Element(s.ReviewChartTitle, s.DigestChartAxis, s.ReviewChartHeading, s.DigestChartFallback, shown.Select(u => new DigestChartBar(u.Name, u.Percent)), m.ChartImageUrl));
            body.Add(AdaptiveCard.Text(s.DigestUnitsHeading, weight: "Bolder", spacing: "Medium"));
            body.Add(AdaptiveCard.Text(s.ReviewUnitsOrder, subtle: true, spacing: "None"));
            body.Add(AdaptiveCard.Facts(shown.Select(u => (DigestCard.Short(u.Name, DigestCard.MaxLabelLength * 2),
                Format(s.ReviewUnitLine, u.Pledged, u.Members, u.Reports, u.Expected, u.Percent, u.UnitReports, u.Months)))));
            if (m.Units.Count > shown.Count)
            {
                body.Add(AdaptiveCard.Text(Format(s.DigestUnitsMore, m.Units.Count - shown.Count), subtle: true));
            }
        }

        if (m.Titles.Count > 0)
        {
            body.Add(AdaptiveCard.Text(s.DigestTitlesHeading, weight: "Bolder", spacing: "Medium"));
            body.Add(AdaptiveCard.Facts(m.Titles.Select(t => (DigestCard.Short(t.Name, 80) + (t.Collective ? " " + s.DigestCollectiveMark : ""), t.Count.ToString(CultureInfo.InvariantCulture)))));
        }

        if (m.Areas.Count > 0)
        {
            body.Add(AdaptiveCard.Text(s.DigestAreasHeading, weight: "Bolder", spacing: "Medium"));
            body.Add(AdaptiveCard.Text(s.ReviewAreasNote, subtle: true, spacing: "None"));
            body.Add(AdaptiveCard.Facts(m.Areas.Select(a => (DigestCard.Short(a.Title, 80), Format(s.DigestAreaCounts, a.Done, a.InProgress, a.NotStarted, a.Blocked)))));
        }

        body.Add(AdaptiveCard.Text(Format(s.ReviewDeedsHeading, m.Deeds.Count), weight: "Bolder", spacing: "Medium"));
        if (m.Deeds.Count == 0)
        {
            body.Add(AdaptiveCard.Text(s.ReviewNoDeeds, subtle: true));
        }
        foreach (var deed in m.Deeds.Take(fit.Deeds))
        {
            body.Add(AdaptiveCard.Text(deed.MonthText + " · " + DigestCard.DeedLine(s, deed.Deed, fit.DeedLength)));
        }
        AdaptiveCard.AddMore(body, s.DigestDeedsMore, m.Deeds.Count - Math.Min(fit.Deeds, m.Deeds.Count));

        body.Add(AdaptiveCard.Text(Format(m.Final ? s.ReviewExportNoteFinal : s.ReviewExportNoteInterim, m.PhaseNumber), subtle: true, spacing: "Medium"));
        return AdaptiveCard.Create(body);
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
