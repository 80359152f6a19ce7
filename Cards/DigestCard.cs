using System.Globalization;
using System.Text.Json.Nodes;

namespace ThiDuaBot.Cards;

/// <summary>
/// The council digest: overall figures and the change since last month, a bar chart of the share of members who
/// reported by unit (a Teams chart element, falling back to a PNG the bot serves, or to text), participation by unit,
/// units without their monthly report, titles aimed at, statuses by content area, confirmed good deeds. Read-only (no
/// action). Built to stay under <see cref="MaxBytes"/>: with many units only the first <see cref="MaxUnits"/> are
/// listed and charted, then fewer units and shorter deed texts, until it fits.
/// </summary>
public static class DigestCard
{
    public const int MaxBytes = 26 * 1024;
    public const int MaxUnits = 30;
    public const int MaxDeeds = 10;
    public const int MaxMissingNames = 40;
    public const int MaxLabelLength = 40;
    public const string ChartType = DigestChart.Type;

    private sealed record Fit(int Units, int Deeds, int DeedLength);

    public static JsonObject Build(Strings s, DigestCardModel model) =>
        AdaptiveCard.FirstFitting(
            [new Fit(MaxUnits, MaxDeeds, 400), new Fit(MaxUnits, MaxDeeds, 150), new Fit(20, 5, 150), new Fit(10, 3, 100), new Fit(5, 0, 0)],
            fit => Build(s, model, fit),
            MaxBytes);

    private static JsonObject Build(Strings s, DigestCardModel m, Fit fit)
    {
        var body = new List<JsonNode>
        {
            AdaptiveCard.Text(Format(s.DigestTitle, m.MonthText), size: "Large", weight: "Bolder"),
            AdaptiveCard.Text(m.CampaignTitle, subtle: true, spacing: "None"),
            AdaptiveCard.Text(m.Official ? s.DigestOfficialNote : Format(s.DigestOnDemandNote, m.ShownAt.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)), subtle: true, spacing: "None"),
        };

        var units = m.Units.Count;
        var submitted = m.Units.Count(u => u.ReportSubmitted);
        var facts = new List<(string, string)>
        {
            (s.DigestUnitsSubmitted, Format(s.DigestOutOf, submitted, units)),
            (s.DigestMembers, m.Members.ToString(CultureInfo.InvariantCulture)),
            (s.DigestPledged, Format(s.DigestOutOf, m.Pledged, m.Members)),
            (s.DigestReported, Format(s.DigestCountPercent, m.Reported, m.ReportedPercent)),
            (s.DigestLate, m.Late.ToString(CultureInfo.InvariantCulture)),
            (s.DigestDone, m.Done.ToString(CultureInfo.InvariantCulture)),
        };
        if (m.PreviousMonthText is { } previous)
        {
            facts.Add((Format(s.DigestChangeLabel, previous), Format(s.DigestChangeValue, Signed(m.ReportedPercent - m.PreviousReportedPercent), Signed(m.Done - m.PreviousDone), m.PreviousReportedPercent, m.PreviousDone)));
        }
        body.Add(AdaptiveCard.Facts(facts));

        var shown = m.Units.Take(fit.Units).ToList();
        if (shown.Count > 0)
        {
            body.Add(AdaptiveCard.Text(s.DigestChartHeading, weight: "Bolder", spacing: "Medium"));
            body.Add(Chart(s, shown, m.ChartImageUrl));
            body.Add(AdaptiveCard.Text(s.DigestUnitsHeading, weight: "Bolder", spacing: "Medium"));
            body.Add(AdaptiveCard.Text(s.DigestUnitsOrder, subtle: true, spacing: "None"));
            body.Add(AdaptiveCard.Facts(shown.Select(u => (Short(u.Name, MaxLabelLength * 2), Format(
                s.DigestUnitLine, u.Pledged, u.Members, u.Reported, u.Percent, u.Late, u.ReportSubmitted ? s.DigestUnitReportSent : s.DigestUnitReportMissing)))));
            if (units > shown.Count)
            {
                body.Add(AdaptiveCard.Text(Format(s.DigestUnitsMore, units - shown.Count), subtle: true));
            }
        }

        if (m.UnitsWithoutReport.Count > 0)
        {
            body.Add(AdaptiveCard.Text(Format(s.DigestMissingHeading, m.UnitsWithoutReport.Count), weight: "Bolder", spacing: "Medium"));
            var names = string.Join("; ", m.UnitsWithoutReport.Take(MaxMissingNames));
            if (m.UnitsWithoutReport.Count > MaxMissingNames)
            {
                names += " " + Format(s.DigestUnitsMore, m.UnitsWithoutReport.Count - MaxMissingNames);
            }
            body.Add(AdaptiveCard.Text(names));
        }
        else if (units > 0)
        {
            body.Add(AdaptiveCard.Text(s.DigestAllSubmitted, spacing: "Medium"));
        }

        if (m.Titles.Count > 0)
        {
            body.Add(AdaptiveCard.Text(s.DigestTitlesHeading, weight: "Bolder", spacing: "Medium"));
            body.Add(AdaptiveCard.Facts(m.Titles.Select(t => (Short(t.Name, 80) + (t.Collective ? " " + s.DigestCollectiveMark : ""), t.Count.ToString(CultureInfo.InvariantCulture)))));
        }

        if (m.Areas.Count > 0)
        {
            body.Add(AdaptiveCard.Text(s.DigestAreasHeading, weight: "Bolder", spacing: "Medium"));
            body.Add(AdaptiveCard.Facts(m.Areas.Select(a => (Short(a.Title, 80), Format(s.DigestAreaCounts, a.Done, a.InProgress, a.NotStarted, a.Blocked)))));
        }

        body.Add(AdaptiveCard.Text(Format(s.DigestDeedsHeading, m.Deeds.Count), weight: "Bolder", spacing: "Medium"));
        if (m.Deeds.Count == 0)
        {
            body.Add(AdaptiveCard.Text(s.DigestNoDeeds, subtle: true));
        }
        foreach (var deed in m.Deeds.Take(fit.Deeds))
        {
            body.Add(AdaptiveCard.Text(DeedLine(s, deed, fit.DeedLength)));
        }
        AdaptiveCard.AddMore(body, s.DigestDeedsMore, m.Deeds.Count - Math.Min(fit.Deeds, m.Deeds.Count));
        if (units > shown.Count || m.Deeds.Count > fit.Deeds)
        {
            body.Add(AdaptiveCard.Text(s.DigestFullTableNote, subtle: true, spacing: "Medium"));
        }
        return AdaptiveCard.Create(body);
    }

    /// <summary>"**Name** (unit), about themselves:" or "… put forward colleague **X**:", then what was done, cut to <paramref name="length"/>.</summary>
    public static string DeedLine(Strings s, DigestCardDeed deed, int length)
    {
        var who = deed.ColleagueName is { } colleague
            ? Format(s.DigestDeedAboutColleague, deed.PersonName, deed.UnitName, colleague)
            : Format(s.DigestDeedAboutSelf, deed.PersonName, deed.UnitName);
        return who + " " + Short(deed.Description, length);
    }

    /// <summary>A Teams chart of the share of members who reported, per unit (see <see cref="DigestChart"/>).</summary>
    private static JsonObject Chart(Strings s, IReadOnlyList<DigestCardUnit> units, string? imageUrl) =>
        DigestChart.Element(s.DigestChartTitle, s.DigestChartAxis, s.DigestChartHeading, s.DigestChartFallback, units.Select(u => new DigestChartBar(u.Name, u.Percent)), imageUrl);

    public static string Short(string text, int max) => max <= 0 ? "" : text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    private static string Signed(int value) => value > 0 ? "+" + value.ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
