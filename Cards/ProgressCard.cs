using System.Globalization;
using System.Text.Json.Nodes;

namespace ThiDuaBot.Cards;

/// <summary>
/// The monthly progress card (<i>báo cáo tiến độ tháng</i>), built from the person's own pledge: for each content
/// area pledged a status and what was achieved, then an optional good deed or exemplar; and the summary that replaces
/// it once stored, with an edit button while the month is open. Both stay under 28 KB with 30 content areas: titles
/// are shortened first, then texts echoed back (with a notice), until the card fits <see cref="TargetBytes"/>.
/// </summary>
public static class ProgressCard
{
    public const string SubmitVerb = "progress.submit";
    public const string EditVerb = "progress.edit";

    public const string CampaignIdKey = "campaignId";
    public const string MonthKey = "month";
    public const string SubjectKey = "subject";
    public const string PledgeVersionKey = "pledgeVersion";
    public const string NonceKey = "nonce";

    /// <summary>Followed by the content area's id.</summary>
    public const string StatusInputPrefix = "progressStatus.";
    /// <summary>Followed by the content area's id.</summary>
    public const string AchievedInputPrefix = "progressAchieved.";
    public const string GoodDeedAboutInput = "progressDeedAbout";
    public const string GoodDeedNameInput = "progressDeedName";
    public const string GoodDeedTextInput = "progressDeedText";
    public const string GoodDeedSelf = "self";
    public const string GoodDeedColleague = "colleague";

    /// <summary>
    /// Size the builders aim under (UTF-8 bytes). A little more than the pledge card's, as a month's report of 30
    /// content areas carries more inputs; still 2 KB below Teams' 28 KB for the invoke response around it.
    /// </summary>
    public const int TargetBytes = 26 * 1024;

    /// <summary>The pledge's targets are a reminder here (the pledge card has them in full): at most this many characters.</summary>
    private const int MaxTargetsShown = 500;

    /// <summary>(longest title of a content area, longest text echoed), tried in turn until the card fits.</summary>
    private static readonly (int Title, int Echo)[] Levels = [(100, int.MaxValue), (50, int.MaxValue), (25, int.MaxValue), (25, 300), (25, 80)];

    public static JsonObject Form(Strings s, ProgressFormModel model) => Fitted(level => BuildForm(s, model, level));

    public static JsonObject Summary(Strings s, ProgressSummaryModel model) => Fitted(level => BuildSummary(s, model, level));

    /// <summary>A card with no form, in place of the report: the month cannot be reported on and nothing was stored.</summary>
    public static JsonObject Closed(Strings s, string campaignTitle, string monthText, string personName, string unitName, string message) =>
        AdaptiveCard.Create(
        [
            .. Header(s, campaignTitle, monthText),
            AdaptiveCard.Facts([(s.PledgeName, personName), (s.PledgeUnit, unitName)]),
            PledgeCard.Colored(message, "Attention"),
        ]);

    private static JsonObject Fitted(Func<(int Title, int Echo), JsonObject> build) => AdaptiveCard.FirstFitting(Levels, build, TargetBytes);

    private static JsonObject BuildForm(Strings s, ProgressFormModel m, (int Title, int Echo) level)
    {
        var body = new List<JsonNode>(Header(s, m.CampaignTitle, m.MonthText));
        AddMessages(body, m.Errors, m.Notices);
        body.Add(AdaptiveCard.Facts([(s.PledgeName, m.PersonName), (s.PledgeUnit, m.UnitName), (s.PledgeTitleLabel, m.TitleName)]));
        body.Add(AdaptiveCard.Text(s.PledgeTargetsLabel, weight: "Bolder", spacing: "Small"));
        body.Add(AdaptiveCard.Text(Echo(PledgeCard.Paragraphs(m.Targets), Math.Min(level.Echo, MaxTargetsShown)), subtle: true, spacing: "None"));
        body.Add(AdaptiveCard.Text(s.ProgressAreasHeading, weight: "Bolder", spacing: "Medium"));

        var statusIds = m.Statuses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var statusChoices = new JsonArray(m.Statuses.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Id }).ToArray());
        var cut = false;
        foreach (var area in m.Areas)
        {
            var status = new JsonObject
            {
                ["type"] = "Input.ChoiceSet",
                ["id"] = StatusInputPrefix + area.Id,
                ["label"] = PledgeCard.Shorten(area.Title, level.Title),
                ["placeholder"] = s.ProgressStatusPlaceholder,
                ["choices"] = statusChoices.DeepClone(),
            };
            if (area.StatusId is { } statusId && statusIds.Contains(statusId))
            {
                status["value"] = statusId;
            }
            body.Add(status);
            body.Add(TextInput(AchievedInputPrefix + area.Id, null, s.ProgressAchievedPlaceholder, ProgressLimits.MaxAchievedLength, area.Achieved, level.Echo, ref cut));
        }

        body.Add(AdaptiveCard.Text(s.ProgressGoodDeedHeading, weight: "Bolder", spacing: "Medium"));
        var about = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = GoodDeedAboutInput,
            ["label"] = s.ProgressGoodDeedAboutLabel,
            ["style"] = "expanded",
            ["choices"] = new JsonArray(
                new JsonObject { ["title"] = s.ProgressGoodDeedSelf, ["value"] = GoodDeedSelf },
                new JsonObject { ["title"] = s.ProgressGoodDeedColleague, ["value"] = GoodDeedColleague }),
        };
        if (m.GoodDeedAbout is GoodDeedSelf or GoodDeedColleague)
        {
            about["value"] = m.GoodDeedAbout;
        }
        body.Add(about);
        var name = TextInput(GoodDeedNameInput, s.ProgressGoodDeedNameLabel, null, ProgressLimits.MaxColleagueNameLength, m.GoodDeedName, level.Echo, ref cut);
        name.Remove("isMultiline");
        body.Add(name);
        body.Add(TextInput(GoodDeedTextInput, s.ProgressGoodDeedTextLabel, null, ProgressLimits.MaxGoodDeedLength, m.GoodDeedText, level.Echo, ref cut));
        if (cut)
        {
            body.Insert(2, PledgeCard.Colored(s.ProgressTextCut, "Attention"));
        }
        return AdaptiveCard.Create(body, [Execute(s.ProgressSubmit, SubmitVerb, m.Action)]);
    }

    private static JsonObject BuildSummary(Strings s, ProgressSummaryModel m, (int Title, int Echo) level)
    {
        var body = new List<JsonNode>(Header(s, m.CampaignTitle, m.MonthText));
        AddMessages(body, m.Errors, m.Notices);
        var state = AdaptiveCard.Text(m.Editable ? s.ProgressEditable : s.ProgressFinal, weight: "Bolder");
        state["color"] = m.Editable ? "Good" : "Warning";
        body.Add(state);
        body.Add(AdaptiveCard.Facts(
        [
            (s.PledgeName, m.PersonName),
            (s.PledgeUnit, m.UnitName),
            (s.PledgeTitleLabel, m.TitleName),
            (s.PledgeVersion, m.Version.ToString(CultureInfo.InvariantCulture)),
            (s.PledgeSavedAt, m.SavedAt.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)),
        ]));
        body.Add(AdaptiveCard.Text(s.ProgressAreasHeading, weight: "Bolder", spacing: "Medium"));
        var cut = false;
        foreach (var area in m.Areas)
        {
            body.Add(AdaptiveCard.Text("• " + PledgeCard.Shorten(area.Title, level.Title) + ": **" + area.Status + "**", spacing: "Small"));
            if (area.Achieved.Length > 0)
            {
                body.Add(AdaptiveCard.Text(Echo(PledgeCard.Paragraphs(area.Achieved), level.Echo, ref cut), spacing: "None"));
            }
        }
        if (m.GoodDeedText is { Length: > 0 } deed)
        {
            body.Add(AdaptiveCard.Text(s.ProgressGoodDeedHeading, weight: "Bolder", spacing: "Medium"));
            if (m.GoodDeedAbout is { Length: > 0 } about)
            {
                body.Add(AdaptiveCard.Text(about, subtle: true, spacing: "None"));
            }
            body.Add(AdaptiveCard.Text(Echo(PledgeCard.Paragraphs(deed), level.Echo, ref cut), spacing: "None"));
        }
        if (cut)
        {
            body.Insert(2, AdaptiveCard.Text(s.ProgressTextCut, subtle: true));
        }
        return m.Editable ? AdaptiveCard.Create(body, [Execute(s.ProgressEdit, EditVerb, m.Action)]) : AdaptiveCard.Create(body);
    }

    private static IEnumerable<JsonNode> Header(Strings s, string campaignTitle, string monthText) =>
    [
        AdaptiveCard.Text(string.Format(CultureInfo.InvariantCulture, s.ProgressHeading, monthText), size: "Large", weight: "Bolder"),
        AdaptiveCard.Text(campaignTitle, subtle: true, spacing: "None"),
    ];

    private static void AddMessages(List<JsonNode> body, IReadOnlyList<string> errors, IReadOnlyList<string> notices)
    {
        body.AddRange(errors.Select(error => PledgeCard.Colored(error, "Attention")));
        body.AddRange(notices.Select(notice => PledgeCard.Colored(notice, "Good")));
    }

    /// <summary>
    /// A text input prefilled with what was typed or stored. Within its limit a value is echoed in full unless the
    /// card needs room (<paramref name="echo"/>); an overlong one up to twice the limit, so the person can shorten it.
    /// </summary>
    private static JsonObject TextInput(string id, string? label, string? placeholder, int maxLength, string? value, int echo, ref bool cut)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id };
        if (label is not null) input["label"] = label;
        if (placeholder is not null) input["placeholder"] = placeholder;
        input["isMultiline"] = true;
        input["maxLength"] = maxLength;
        if (!string.IsNullOrEmpty(value))
        {
            var fitting = PledgeCard.Fit(value, maxChars: Math.Min(echo, 2 * maxLength), maxBytes: Math.Min(echo, 3 * maxLength) * 3);
            cut |= fitting.Length < value.Length;
            input["value"] = fitting;
        }
        return input;
    }

    private static string Echo(string text, int echo)
    {
        var cut = false;
        return Echo(text, echo, ref cut);
    }

    private static string Echo(string text, int echo, ref bool cut)
    {
        if (text.Length <= echo)
        {
            return text;
        }
        cut = true;
        return PledgeCard.Shorten(text, echo);
    }

    private static JsonObject Execute(string title, string verb, ProgressActionData action) => AdaptiveCard.Execute(title, verb, new JsonObject
    {
        [CampaignIdKey] = action.CampaignId,
        [MonthKey] = action.Month,
        [SubjectKey] = action.Subject,
        [PledgeVersionKey] = action.PledgeVersion,
        [NonceKey] = action.Nonce,
    });
}
