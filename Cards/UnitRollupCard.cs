using System.Globalization;
using System.Text.Json.Nodes;

namespace ThiDuaBot.Cards;

/// <summary>
/// The unit head's roll-up of the unit's pledges (<c>đơn vị</c>): counts, the unit's own pledge, who has not pledged
/// (each with a nudge button) and who has (with the title aimed at), a button to nudge everyone not yet pledged, and a
/// Universal Actions refresh so it is current whenever the head opens it. Names are listed up to a cap and the rest
/// counted, so a unit of hundreds stays far under 28 KB.
/// </summary>
public static class UnitRollupCard
{
    public const string RefreshVerb = "unit.rollup";
    public const string NudgeVerb = "unit.nudge";
    public const string NudgeAllVerb = "unit.nudgeAll";

    public const string CampaignIdKey = "campaignId";
    public const string UnitIdKey = "unitId";
    public const string PersonKey = "person";

    /// <summary>People not yet pledged listed by name, each with a button; the rest are counted (and nudged by "all").</summary>
    public const int MaxListedNotPledged = 20;
    public const int MaxListedPledged = 40;

    public static JsonObject Build(Strings s, UnitRollupModel model)
    {
        var body = new List<JsonNode>
        {
            AdaptiveCard.Text(s.UnitRollupTitle, size: "Large", weight: "Bolder"),
            AdaptiveCard.Text(model.CampaignTitle, subtle: true, spacing: "None"),
        };
        body.AddRange(model.Errors.Select(error => Colored(error, "Attention")));
        body.AddRange(model.Notices.Select(notice => Colored(notice, "Good")));
        var total = model.Pledged.Count + model.NotPledged.Count;
        body.Add(AdaptiveCard.Facts(
        [
            (s.PledgeUnit, model.UnitName),
            (s.PledgeDeadline, model.Deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            (s.UnitRollupIndividuals, string.Create(CultureInfo.InvariantCulture, $"{model.Pledged.Count}/{total}")),
            (s.UnitRollupCollective, model.CollectiveTitle ?? s.UnitRollupCollectiveNotYet),
        ]));
        if (model.RoundNote is not null)
        {
            body.Add(Colored(model.RoundNote, "Warning"));
        }

        if (total == 0)
        {
            body.Add(AdaptiveCard.Text(s.UnitRollupNoMembers, spacing: "Medium"));
        }
        else if (model.NotPledged.Count == 0)
        {
            body.Add(AdaptiveCard.Text(s.UnitRollupEveryonePledged, spacing: "Medium"));
        }
        else
        {
            body.Add(AdaptiveCard.Text(Format(s.UnitRollupNotPledgedHeading, model.NotPledged.Count), weight: "Bolder", spacing: "Medium"));
            var listed = model.NotPledged.Take(MaxListedNotPledged).ToList();
            if (model.CanNudge)
            {
                body.AddRange(listed.Select(member => NudgeRow(s, model, member)));
            }
            else
            {
                body.Add(AdaptiveCard.Text(string.Join(", ", listed.Select(member => member.Name))));
            }
            AdaptiveCard.AddMore(body, s.StatusAndMore, model.NotPledged.Count - listed.Count);
        }

        if (model.Pledged.Count > 0)
        {
            body.Add(AdaptiveCard.Text(Format(s.UnitRollupPledgedHeading, model.Pledged.Count), weight: "Bolder", spacing: "Medium"));
            body.Add(AdaptiveCard.Facts(model.Pledged.Take(MaxListedPledged).Select(member => (member.Name, member.TitleName ?? ""))));
            AdaptiveCard.AddMore(body, s.StatusAndMore, model.Pledged.Count - MaxListedPledged);
        }
        body.Add(AdaptiveCard.Text(Format(s.UnitRollupShownAt, model.ShownAt.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)), subtle: true, spacing: "Medium"));

        var actions = new List<JsonNode>();
        if (model.CanNudge && model.NotPledged.Count > 0)
        {
            actions.Add(AdaptiveCard.Action(s.UnitNudgeAll, NudgeAllVerb, Data(model), "positive"));
        }
        actions.Add(AdaptiveCard.Action(s.UnitRefresh, RefreshVerb, Data(model)));
        var card = AdaptiveCard.Create(body, actions);
        if (model.HeadUserId is { Length: > 0 } userId)
        {
            card["refresh"] = new JsonObject
            {
                ["action"] = AdaptiveCard.Action(null, RefreshVerb, Data(model)),
                ["userIds"] = new JsonArray(userId),
            };
        }
        return card;
    }

    private static JsonObject NudgeRow(Strings s, UnitRollupModel model, UnitRollupMember member)
    {
        var data = Data(model);
        data[PersonKey] = member.SignInName;
        return new JsonObject
        {
            ["type"] = "ColumnSet",
            ["spacing"] = "Small",
            ["columns"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "Column",
                    ["width"] = "stretch",
                    ["verticalContentAlignment"] = "Center",
                    ["items"] = new JsonArray(AdaptiveCard.Text(member.Name)),
                },
                new JsonObject
                {
                    ["type"] = "Column",
                    ["width"] = "auto",
                    ["items"] = new JsonArray(new JsonObject
                    {
                        ["type"] = "ActionSet",
                        ["actions"] = new JsonArray(AdaptiveCard.Action(s.UnitNudge, NudgeVerb, data)),
                    }),
                }),
        };
    }

    private static JsonObject Data(UnitRollupModel model) => new()
    {
        [CampaignIdKey] = model.CampaignId,
        [UnitIdKey] = model.UnitId,
    };

    private static JsonObject Colored(string text, string color)
    {
        var block = AdaptiveCard.Text(text);
        block["color"] = color;
        return block;
    }

    private static string Format(string template, object value) => string.Format(CultureInfo.InvariantCulture, template, value);
}
