using System.Globalization;
using System.Text.Json.Nodes;

namespace ThiDuaBot.Cards;

/// <summary>
/// The council's pledge round digest (<i>tổng hợp đăng ký thi đua</i>): how many staff have pledged, the change since
/// a week earlier, units whose collective pledge is in, the days left to the deadline (or that the round has closed),
/// a bar chart of the share pledged by unit (<see cref="DigestChart"/>), pledges by unit and the titles aimed at so
/// far. Read-only. Same size rules as the monthly digest (<see cref="DigestCard"/>): at most
/// <see cref="DigestCard.MaxUnits"/> units listed and charted, fewer until the card is under
/// <see cref="DigestCard.MaxBytes"/>, then "… N đơn vị khác" and a pointer to the export.
/// </summary>
public static class PledgeDigestCard
{
    public static JsonObject Build(Strings s, PledgeDigestCardModel model) =>
        AdaptiveCard.FirstFitting([DigestCard.MaxUnits, 20, 10, 5, 0], units => Build(s, model, units), DigestCard.MaxBytes);

    private static JsonObject Build(Strings s, PledgeDigestCardModel m, int maxUnits)
    {
        var body = new List<JsonNode>
        {
            AdaptiveCard.Text(s.PledgeDigestTitle, size: "Large", weight: "Bolder"),
            AdaptiveCard.Text(m.CampaignTitle, subtle: true, spacing: "None"),
            AdaptiveCard.Text(m.OnDemand
                ? Format(s.DigestOnDemandNote, m.AsOf.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture))
                : Format(s.PledgeDigestWeeklyNote, m.AsOf.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)), subtle: true, spacing: "None"),
            AdaptiveCard.Text(
                m.DaysLeft < 0 ? Format(s.PledgeDigestRoundClosed, Date(m.Deadline))
                : m.DaysLeft == 0 ? Format(s.PledgeDigestLastDay, Date(m.Deadline))
                : Format(s.PledgeDigestDaysLeft, Date(m.Deadline), m.DaysLeft),
                weight: "Bolder", spacing: "Small"),
        };

        var units = m.Units.Count;
        body.Add(AdaptiveCard.Facts(
        [
            (s.DigestMembers, m.Members.ToString(CultureInfo.InvariantCulture)),
            (s.DigestPledged, Format(s.DigestCountPercent, m.Pledged, m.PledgedPercent)),
            (s.PledgeDigestNotYet, m.NotYet.ToString(CultureInfo.InvariantCulture)),
            (s.PledgeDigestUnitsCollective, Format(s.DigestOutOf, m.UnitsWithCollective, units)),
            (Format(s.PledgeDigestChangeLabel, Date(m.WeekAgo)), Format(s.PledgeDigestChangeValue, m.PledgedWeekAgo, m.Pledged, Signed(m.Pledged - m.PledgedWeekAgo))),
        ]));

        var shown = m.Units.Take(maxUnits).ToList();
        if (shown.Count > 0)
        {
            body.Add(AdaptiveCard.Text(s.PledgeDigestChartHeading, weight: "Bolder", spacing: "Medium"));
            body.Add(DigestChart.Element(s.PledgeDigestChartTitle, s.DigestChartAxis, s.PledgeDigestChartHeading, s.DigestChartFallback,
                shown.Select(u => new DigestChartBar(u.Name, u.Percent)), m.ChartImageUrl));
            body.Add(AdaptiveCard.Text(s.PledgeDigestUnitsHeading, weight: "Bolder", spacing: "Medium"));
            body.Add(AdaptiveCard.Text(s.PledgeDigestUnitsOrder, subtle: true, spacing: "None"));
            body.Add(AdaptiveCard.Facts(shown.Select(u => (DigestCard.Short(u.Name, DigestCard.MaxLabelLength * 2), Format(
                s.PledgeDigestUnitLine, u.Pledged, u.Members, u.Percent, u.NotYet, u.CollectivePledged ? s.PledgeDigestCollectiveIn : s.PledgeDigestCollectiveMissing)))));
        }
        if (units > shown.Count)
        {
            body.Add(AdaptiveCard.Text(Format(s.DigestUnitsMore, units - shown.Count), subtle: true));
        }

        body.Add(AdaptiveCard.Text(s.DigestTitlesHeading, weight: "Bolder", spacing: "Medium"));
        if (m.Titles.Count == 0)
        {
            body.Add(AdaptiveCard.Text(s.PledgeDigestNoTitles, subtle: true));
        }
        else
        {
            body.Add(AdaptiveCard.Facts(m.Titles.Select(t => (DigestCard.Short(t.Name, 80) + (t.Collective ? " " + s.DigestCollectiveMark : ""), t.Count.ToString(CultureInfo.InvariantCulture)))));
        }
        if (units > shown.Count)
        {
            body.Add(AdaptiveCard.Text(s.DigestFullTableNote, subtle: true, spacing: "Medium"));
        }
        return AdaptiveCard.Create(body);
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Signed(int value) => value > 0 ? "+" + value.ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
