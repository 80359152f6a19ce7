using System.Globalization;
using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Progress.Reminders;

/// <summary>
/// TEMPORARY, dropped when the unit head's month roll-up (UnitMonthRollups) is merged: a plain card naming the unit and
/// the month and telling the head to type <c>đơn vị</c>, so that the app starts and the monthly sends work meanwhile.
/// </summary>
public sealed class TemporaryUnitMonthCardSource : IUnitMonthCardSource
{
    public Task<JsonObject> BuildAsync(
        PledgeCampaign campaign, string unitId, ProgressMonth month, Strings s, IReadOnlyList<string> notices, CancellationToken cancellationToken)
    {
        var unit = campaign.UnitName(unitId, s);
        var hint = s.Language == Language.English
            ? "Type **unit** to see who has reported and to submit your unit's report."
            : "Gõ **đơn vị** để xem ai đã báo cáo và nộp báo cáo của đơn vị.";
        return Task.FromResult(AdaptiveCard.Create(
        [
            .. notices.Select(notice => AdaptiveCard.Text(notice, weight: "Bolder")),
            AdaptiveCard.Text(string.Format(CultureInfo.InvariantCulture, s.UnitReportSummary, month.Text, unit), size: "Medium", weight: "Bolder"),
            AdaptiveCard.Text(campaign.Definition.Title, subtle: true),
            AdaptiveCard.Text(hint),
        ]));
    }
}
