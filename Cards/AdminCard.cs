using System.Globalization;
using System.Text.Json.Nodes;

namespace ThiDuaBot.Cards;

/// <summary>The council secretary's admin card: campaign, roster, council channel, phases, and the actions on them.</summary>
public static class AdminCard
{
    public const string LoadSampleVerb = "admin.campaign.loadSample";
    public const string LoadTextVerb = "admin.campaign.loadText";
    public const string ImportGraphVerb = "admin.roster.importGraph";
    public const string ImportCsvVerb = "admin.roster.importCsv";
    public const string StatusVerb = "admin.status";
    public const string InstallMissingVerb = "admin.install.missing";
    public const string PhaseStartVerb = "admin.phase.start";
    public const string PhaseCloseVerb = "admin.phase.close";
    public const string LaunchVerb = "admin.pledge.launch";
    public const string CampaignTextInput = "campaignText";
    public const string CsvTextInput = "csvText";
    public const string PhaseInput = "phaseId";
    /// <summary>Longest text the paste boxes accept (a campaign file is at most 30,000 characters).</summary>
    public const int MaxPastedLength = 30_000;
    /// <summary>Pasted text larger than this (UTF-8 bytes) is not put back on the card after a refusal: the card must stay under 28 KB.</summary>
    public const int MaxEchoedBytes = 20_000;

    public static JsonObject Build(Strings s, AdminCardModel model)
    {
        var body = new List<JsonNode> { AdaptiveCard.Text(s.AdminTitle, size: "Large", weight: "Bolder") };
        foreach (var error in model.Errors)
        {
            body.Add(Colored(error, "Attention"));
        }
        foreach (var notice in model.Notices)
        {
            body.Add(Colored(notice, "Good"));
        }

        var campaign = model.CampaignTitle is null
            ? s.AdminCampaignNotLoaded
            : model.CampaignTitle + (model.CampaignVersion is { } v && model.CampaignLoadedOn is { } on
                ? " (" + string.Format(CultureInfo.InvariantCulture, s.AdminCampaignVersion, v, on.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)) + ")"
                : "");
        body.Add(AdaptiveCard.Facts(
        [
            (s.AdminCampaign, campaign),
            (s.AdminRoster, string.Format(CultureInfo.InvariantCulture, s.AdminRosterCounts, model.UnitCount, model.PeopleCount)),
            (s.AdminCouncilChannel, model.CouncilChannel ?? s.AdminCouncilChannelNotSet),
        ]));
        if (model.InstallAvailable)
        {
            // In the body, under the roster line: the action bar below already holds five actions, the most the renderer allows.
            body.Add(new JsonObject
            {
                ["type"] = "ActionSet",
                ["actions"] = new JsonArray(Execute(s.AdminInstallMissing, InstallMissingVerb)),
            });
        }

        if (model.Phases.Count > 0)
        {
            body.Add(AdaptiveCard.Text(s.AdminPhases, weight: "Bolder", spacing: "Medium"));
            body.Add(AdaptiveCard.Facts(model.Phases.Select(p => (p.Name, p.Period + " — " + StatusText(s, p.Status)))));
            body.Add(new JsonObject
            {
                ["type"] = "Input.ChoiceSet",
                ["id"] = PhaseInput,
                ["label"] = s.AdminPhaseLabel,
                ["style"] = "compact",
                ["value"] = (model.Phases.FirstOrDefault(p => p.Status == AdminPhaseStatus.Active) ?? model.Phases[0]).Id,
                ["choices"] = new JsonArray(model.Phases.Select(p => (JsonNode)new JsonObject { ["title"] = p.Name, ["value"] = p.Id }).ToArray()),
            });
            body.Add(new JsonObject
            {
                ["type"] = "ActionSet",
                ["actions"] = new JsonArray(Execute(s.AdminPhaseStart, PhaseStartVerb), Execute(s.AdminPhaseClose, PhaseCloseVerb)),
            });
        }
        if (model.PledgeRound is { } round)
        {
            body.Add(AdaptiveCard.Text(s.AdminPledgeRound, weight: "Bolder", spacing: "Medium"));
            body.Add(AdaptiveCard.Text(round.Line));
            if (round.CanLaunch)
            {
                body.Add(new JsonObject
                {
                    ["type"] = "ActionSet",
                    ["actions"] = new JsonArray(round.Launched
                        ? Execute(s.AdminLaunchTopUp, LaunchVerb)
                        // The first launch messages everyone: asked once more before it goes.
                        : new JsonObject
                        {
                            ["type"] = "Action.ShowCard",
                            ["title"] = s.AdminLaunch,
                            ["card"] = new JsonObject
                            {
                                ["type"] = "AdaptiveCard",
                                ["body"] = new JsonArray(AdaptiveCard.Text(string.Format(CultureInfo.InvariantCulture, s.AdminLaunchConfirm, model.PeopleCount))),
                                ["actions"] = new JsonArray(Execute(s.AdminLaunchGo, LaunchVerb)),
                            },
                        }),
                });
            }
        }
        body.Add(AdaptiveCard.Text(s.AdminFileTip, subtle: true, spacing: "Medium"));

        var actions = new List<JsonNode>
        {
            Execute(s.AdminLoadSample, LoadSampleVerb),
            PasteBox(s, s.AdminLoadText, s.AdminLoadTextLabel, CampaignTextInput, model.PastedCampaignText, s.AdminLoadTextSubmit, LoadTextVerb),
        };
        if (model.GraphImportAvailable)
        {
            actions.Add(Execute(s.AdminImportGraph, ImportGraphVerb));
        }
        actions.Add(PasteBox(s, s.AdminImportCsv, s.AdminImportCsvLabel, CsvTextInput, model.PastedCsvText, s.AdminImportCsvSubmit, ImportCsvVerb));
        actions.Add(Execute(s.AdminStatus, StatusVerb));
        return AdaptiveCard.Create(body, actions);
    }

    private static string StatusText(Strings s, AdminPhaseStatus status) => status switch
    {
        AdminPhaseStatus.Active => s.PhaseActive,
        AdminPhaseStatus.Closed => s.PhaseClosed,
        _ => s.PhaseNotStarted,
    };

    private static JsonObject Colored(string text, string color)
    {
        var block = AdaptiveCard.Text(text);
        block["color"] = color;
        return block;
    }

    private static JsonObject Execute(string title, string verb) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = title,
        ["verb"] = verb,
        ["data"] = new JsonObject { ["verb"] = verb },
    };

    private static JsonObject PasteBox(Strings s, string title, string label, string inputId, string? value, string submitTitle, string verb)
    {
        var body = new JsonArray();
        var input = new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = inputId,
            ["label"] = label,
            ["isMultiline"] = true,
            ["maxLength"] = MaxPastedLength,
        };
        if (!string.IsNullOrEmpty(value))
        {
            if (System.Text.Encoding.UTF8.GetByteCount(value) <= MaxEchoedBytes)
            {
                input["value"] = value;
            }
            else
            {
                body.Add(AdaptiveCard.Text(s.PastedTooLongToShow, subtle: true));
            }
        }
        body.Add(input);
        return new JsonObject
        {
            ["type"] = "Action.ShowCard",
            ["title"] = title,
            ["card"] = new JsonObject
            {
                ["type"] = "AdaptiveCard",
                ["body"] = body,
                ["actions"] = new JsonArray(Execute(submitTitle, verb)),
            },
        };
    }
}
