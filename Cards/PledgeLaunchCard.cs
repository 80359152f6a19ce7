using System.Globalization;
using System.Text.Json.Nodes;

namespace ThiDuaBot.Cards;

/// <summary>
/// The card the secretary gets when launching the pledge round: sending progress, updated in place while it runs,
/// then the delivery report. Its refresh button re-reads the progress (the secretary's rights are checked again).
/// </summary>
public static class PledgeLaunchCard
{
    public const string RefreshVerb = "pledge.launch.refresh";
    public const string CampaignKey = "campaignId";
    /// <summary>People listed by name per list at most; the rest are counted, so the card stays small for large rosters.</summary>
    public const int MaxListedPeople = 30;

    public static JsonObject Build(Strings s, PledgeLaunchCardModel model)
    {
        var body = new List<JsonNode>
        {
            AdaptiveCard.Text(s.LaunchCardTitle, size: "Large", weight: "Bolder"),
            AdaptiveCard.Text(model.CampaignTitle, subtle: true),
            AdaptiveCard.Facts(
            [
                (s.LaunchBy, model.LaunchedBy ?? "—"),
                (s.LaunchAt, model.LaunchedAt.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)),
                (s.PledgeDeadline, model.Deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            ]),
            AdaptiveCard.Text(
                Format(model.Finished ? s.LaunchDone : s.LaunchRunning, model.UpdatedAt.ToString(model.Finished ? "dd/MM/yyyy HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture)),
                weight: "Bolder", spacing: "Medium"),
        };
        var counts = new List<(string, string)>
        {
            (s.LaunchCards, Number(model.Cards)),
            (s.LaunchSent, Number(model.Sent)),
        };
        if (!model.Finished || model.Waiting > 0)
        {
            counts.Add((s.LaunchWaiting, Number(model.Waiting)));
        }
        counts.Add((s.LaunchNotDelivered, Number(model.NotDelivered)));
        if (model.Uncertain > 0)
        {
            counts.Add((s.LaunchUncertain, Number(model.Uncertain)));
        }
        counts.Add((s.LaunchNotReachedCount, Number(model.NotReachedCount)));
        body.Add(AdaptiveCard.Facts(counts));

        AdaptiveCard.AddPeople(body, s.LaunchNotDeliveredHeading, model.NotDeliveredPeople, MaxListedPeople, s.LaunchMore);
        AdaptiveCard.AddPeople(body, s.LaunchNotReachedHeading, model.NotReachedPeople, MaxListedPeople, s.LaunchMore);
        if (model.Finished && (model.NotDeliveredPeople.Count > 0 || model.NotReachedPeople.Count > 0))
        {
            body.Add(AdaptiveCard.Text(s.LaunchHint, subtle: true, spacing: "Medium"));
        }

        var refresh = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = s.LaunchRefresh,
            ["verb"] = RefreshVerb,
            ["data"] = new JsonObject { ["verb"] = RefreshVerb, [CampaignKey] = model.CampaignId },
        };
        return AdaptiveCard.Create(body, [refresh]);
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
