using System.Globalization;
using System.Text.Json.Nodes;

namespace ThiDuaBot.Cards;

/// <summary>
/// The secretary's status card: who the bot can reach, by unit, who is waiting for ThiDuaBot to be installed, and the
/// unreachable people with the reason.
/// </summary>
public static class StatusCard
{
    public const string BackVerb = "admin.show";
    /// <summary>People listed by name at most; the rest are counted, so the card stays small for large rosters.</summary>
    public const int MaxListedPeople = 40;
    public const int MaxListedUnits = 40;

    public static JsonObject Build(Strings s, StatusCardModel model)
    {
        var body = new List<JsonNode> { AdaptiveCard.Text(s.StatusTitle, size: "Large", weight: "Bolder") };
        if (model.CampaignTitle is null)
        {
            body.Add(AdaptiveCard.Text(s.StatusNoCampaign));
        }
        else
        {
            body.Add(AdaptiveCard.Text(model.CampaignTitle, subtle: true));
            body.Add(AdaptiveCard.Facts(
            [
                (s.StatusReachPersonal, model.PersonalChat.ToString(CultureInfo.InvariantCulture)),
                (s.StatusReachTeam, model.ThroughTeam.ToString(CultureInfo.InvariantCulture)),
                (s.StatusInstallPending, model.InstallPending.ToString(CultureInfo.InvariantCulture)),
                (s.StatusUnreachable, model.Unreachable.ToString(CultureInfo.InvariantCulture)),
            ]));
            if (model.Units.Count > 0)
            {
                body.Add(AdaptiveCard.Text(s.StatusByUnit, weight: "Bolder", spacing: "Medium"));
                body.Add(AdaptiveCard.Facts(model.Units.Take(MaxListedUnits).Select(u =>
                    (u.Name, string.Create(CultureInfo.InvariantCulture, $"{u.Reachable} / {u.Total}")))));
            }
            AdaptiveCard.AddPeople(body, s.StatusUnreachableHeading, model.UnreachablePeople, MaxListedPeople, s.StatusAndMore);
            AdaptiveCard.AddPeople(body, s.StatusPendingHeading, model.PendingPeople, MaxListedPeople, s.StatusAndMore);
        }
        var back = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = s.AdminBack,
            ["verb"] = BackVerb,
            ["data"] = new JsonObject { ["verb"] = BackVerb },
        };
        return AdaptiveCard.Create(body, [back]);
    }
}
