using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ThiDuaBot.Cards;

/// <summary>
/// The pledge cards (<i>đăng ký thi đua</i>): the form a person (or a unit head, for the unit) fills in, and the
/// summary that replaces it once stored, with an edit button until the deadline. Both stay far under 28 KB: choice
/// texts are shortened when the campaign's content areas are many and long, and texts echoed back are bounded.
/// </summary>
public static class PledgeCard
{
    public const string SubmitVerb = "pledge.submit";
    public const string EditVerb = "pledge.edit";
    /// <summary>Teams asks for the card's current state when it is shown again (Universal Actions refresh).</summary>
    public const string RefreshVerb = "pledge.refresh";

    public const string CampaignIdKey = "campaignId";
    public const string CampaignVersionKey = "campaignVersion";
    public const string SubjectKey = "subject";
    public const string KindKey = "kind";
    public const string NonceKey = "nonce";
    public const string IndividualKind = "individual";
    public const string CollectiveKind = "collective";

    public const string TitleInput = "pledgeTitle";
    public const string AreasInput = "pledgeAreas";
    public const string TargetsInput = "pledgeTargets";
    public const string CommitmentInput = "pledgeCommitment";
    /// <summary>Followed by the numeric target's id, e.g. <c>pledgeNumber.initiatives</c>.</summary>
    public const string NumberInputPrefix = "pledgeNumber.";

    /// <summary>Size the builders aim under (UTF-8 bytes), leaving room below Teams' 28 KB.</summary>
    public const int TargetBytes = 24 * 1024;

    /// <summary>Longest text of a title or content area on the card, tried in turn until the card fits <see cref="TargetBytes"/>.</summary>
    private static readonly int[] ChoiceLengths = [100, 50, 25];

    private static readonly JsonSerializerOptions Wire = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Form(Strings s, PledgeFormModel model) => Fitted(length => BuildForm(s, model, length));

    public static JsonObject Summary(Strings s, PledgeSummaryModel model) => Fitted(length => BuildSummary(s, model, length));

    /// <summary>A card with no form: the deadline passed and nothing was pledged, or another message to show in place of the card.</summary>
    public static JsonObject Closed(Strings s, bool collective, string campaignTitle, string personName, string unitName, string message)
    {
        var body = new List<JsonNode> { Heading(s, collective), AdaptiveCard.Text(campaignTitle, subtle: true, spacing: "None") };
        body.Add(People(s, collective, personName, unitName, deadline: null));
        body.Add(Colored(message, "Attention"));
        return AdaptiveCard.Create(body);
    }

    /// <summary>The UTF-8 size of the card as compact JSON with Vietnamese unescaped.</summary>
    public static int SizeInBytes(JsonObject card) => Encoding.UTF8.GetByteCount(card.ToJsonString(Wire));

    private static JsonObject Fitted(Func<int, JsonObject> build)
    {
        JsonObject card = null!;
        foreach (var length in ChoiceLengths)
        {
            card = build(length);
            if (SizeInBytes(card) <= TargetBytes)
            {
                break;
            }
        }
        return card;
    }

    private static JsonObject BuildForm(Strings s, PledgeFormModel m, int choiceLength)
    {
        var collective = m.Action.Collective;
        var body = new List<JsonNode> { Heading(s, collective), AdaptiveCard.Text(m.CampaignTitle, subtle: true, spacing: "None") };
        AddMessages(body, m.Errors, m.Notices);
        body.Add(People(s, collective, m.PersonName, m.UnitName, m.Deadline));

        var titleIds = m.Titles.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var title = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = TitleInput,
            ["label"] = collective ? s.PledgeCollectiveTitleLabel : s.PledgeTitleLabel,
            ["style"] = "compact",
            ["placeholder"] = s.PledgeTitlePlaceholder,
            ["isRequired"] = true,
            ["errorMessage"] = s.PledgeTitleRequired,
            ["choices"] = Choices(m.Titles, choiceLength),
        };
        if (m.TitleId is { } titleId && titleIds.Contains(titleId))
        {
            title["value"] = titleId;
        }
        body.Add(title);

        var areaIds = m.ContentAreas.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var areas = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = AreasInput,
            ["label"] = collective ? s.PledgeCollectiveAreasLabel : s.PledgeAreasLabel,
            ["style"] = "expanded",
            ["isMultiSelect"] = true,
            ["isRequired"] = true,
            ["errorMessage"] = s.PledgeAreasRequired,
            ["choices"] = Choices(m.ContentAreas, choiceLength),
        };
        var chosen = m.ContentAreaIds.Where(areaIds.Contains).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Count > 0)
        {
            areas["value"] = string.Join(',', chosen);
        }
        body.Add(areas);

        var cut = false;
        body.Add(TextInput(TargetsInput, collective ? s.PledgeCollectiveTargetsLabel : s.PledgeTargetsLabel, s.PledgeTargetsPlaceholder,
            s.PledgeTargetsRequired, PledgeLimits.MaxTargetsLength, m.Targets, ref cut));
        foreach (var number in m.Numbers)
        {
            var input = new JsonObject
            {
                ["type"] = "Input.Number",
                ["id"] = NumberInputPrefix + number.Id,
                ["label"] = number.Label,
                ["min"] = 0,
                ["max"] = number.Max,
                ["errorMessage"] = string.Format(CultureInfo.InvariantCulture, s.PledgeNumberInvalid, number.Label, number.Max),
            };
            if (double.TryParse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            {
                input["value"] = value;
            }
            body.Add(input);
        }
        body.Add(TextInput(CommitmentInput, collective ? s.PledgeCollectiveCommitmentLabel : s.PledgeCommitmentLabel, s.PledgeCommitmentPlaceholder,
            s.PledgeCommitmentRequired, PledgeLimits.MaxCommitmentLength, m.Commitment, ref cut));
        if (cut)
        {
            body.Insert(2, Colored(s.PledgeTextCut, "Attention"));
        }

        var card = AdaptiveCard.Create(body, [Execute(s.PledgeSubmit, SubmitVerb, m.Action)]);
        return m.Refresh ? WithRefresh(card, s, m.Action) : card;
    }

    private static JsonObject BuildSummary(Strings s, PledgeSummaryModel m, int choiceLength)
    {
        var collective = m.Action.Collective;
        var body = new List<JsonNode> { Heading(s, collective), AdaptiveCard.Text(m.CampaignTitle, subtle: true, spacing: "None") };
        AddMessages(body, m.Errors, m.Notices);
        var status = AdaptiveCard.Text(Format(m.Editable ? s.PledgeEditableUntil : s.PledgeFinal, ShowDate(m.Deadline)), weight: "Bolder");
        status["color"] = m.Editable ? "Good" : "Warning";
        body.Add(status);

        var facts = new List<(string, string)>
        {
            (collective ? s.PledgeUnit : s.PledgeName, collective ? m.UnitName : m.PersonName),
            (collective ? s.PledgeSavedBy : s.PledgeUnit, collective ? m.PersonName : m.UnitName),
            (collective ? s.PledgeCollectiveTitleLabel : s.PledgeTitleLabel, m.TitleName),
        };
        facts.AddRange(m.Numbers.Select(n => (n.Label, n.Value.ToString(CultureInfo.InvariantCulture))));
        facts.Add((s.PledgeVersion, m.Version.ToString(CultureInfo.InvariantCulture)));
        facts.Add((s.PledgeSavedAt, m.SavedAt.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)));
        body.Add(AdaptiveCard.Facts(facts));

        body.Add(AdaptiveCard.Text(s.PledgeAreasHeading, weight: "Bolder", spacing: "Medium"));
        foreach (var area in m.ContentAreaTitles)
        {
            body.Add(AdaptiveCard.Text("• " + Shorten(area, choiceLength), spacing: "None"));
        }
        body.Add(AdaptiveCard.Text(collective ? s.PledgeCollectiveTargetsLabel : s.PledgeTargetsLabel, weight: "Bolder", spacing: "Medium"));
        body.Add(AdaptiveCard.Text(Paragraphs(m.Targets), spacing: "None"));
        body.Add(AdaptiveCard.Text(collective ? s.PledgeCollectiveCommitmentLabel : s.PledgeCommitmentLabel, weight: "Bolder", spacing: "Medium"));
        body.Add(AdaptiveCard.Text(Paragraphs(m.Commitment), spacing: "None"));

        if (m.Changes.Count > 0)
        {
            body.Add(AdaptiveCard.Text(Format(s.PledgeChangesHeading, m.Version - 1), subtle: true, spacing: "Medium"));
            foreach (var change in m.Changes)
            {
                body.Add(AdaptiveCard.Text("• " + Shorten(change, 4 * choiceLength), subtle: true, spacing: "None"));
            }
        }
        // An editable summary refreshes itself: opened after the deadline it shows the pledge as final, opened after
        // a later edit it shows the latest version.
        return m.Editable
            ? WithRefresh(AdaptiveCard.Create(body, [Execute(s.PledgeEdit, EditVerb, m.Action)]), s, m.Action)
            : AdaptiveCard.Create(body);
    }

    /// <summary>
    /// Adds Universal Actions refresh without user ids: in a personal chat (two members) Teams refreshes it for the
    /// person automatically whenever the card is shown.
    /// </summary>
    private static JsonObject WithRefresh(JsonObject card, Strings s, PledgeActionData action)
    {
        var refresh = Execute(s.PledgeRefresh, RefreshVerb, action);
        refresh.Remove("style");
        card["refresh"] = new JsonObject { ["action"] = refresh };
        return card;
    }

    private static JsonObject Heading(Strings s, bool collective) =>
        AdaptiveCard.Text(collective ? s.PledgeCollectiveHeading : s.PledgeIndividualHeading, size: "Large", weight: "Bolder");

    private static JsonObject People(Strings s, bool collective, string personName, string unitName, DateOnly? deadline)
    {
        var facts = collective
            ? new List<(string, string)> { (s.PledgeUnit, unitName), (s.PledgeUnitHead, personName) }
            : [(s.PledgeName, personName), (s.PledgeUnit, unitName)];
        if (deadline is { } date)
        {
            facts.Add((s.PledgeDeadline, ShowDate(date)));
        }
        return AdaptiveCard.Facts(facts);
    }

    private static void AddMessages(List<JsonNode> body, IReadOnlyList<string> errors, IReadOnlyList<string> notices)
    {
        foreach (var error in errors)
        {
            body.Add(Colored(error, "Attention"));
        }
        foreach (var notice in notices)
        {
            body.Add(Colored(notice, "Good"));
        }
    }

    private static JsonArray Choices(IReadOnlyList<PledgeChoice> choices, int length) =>
        new(choices.Select(c => (JsonNode)new JsonObject { ["title"] = Shorten(c.Title, length), ["value"] = c.Id }).ToArray());

    /// <summary>
    /// A multi-line text input prefilled with what was typed. A text within its limit is always echoed in full; an
    /// overlong one (only a client that ignores <c>maxLength</c> can send it) up to twice the limit in characters and
    /// three times in UTF-8 bytes, so the person can shorten their own text and the card still fits; beyond that it is cut.
    /// </summary>
    private static JsonObject TextInput(string id, string label, string placeholder, string errorMessage, int maxLength, string? value, ref bool cut)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = id,
            ["label"] = label,
            ["placeholder"] = placeholder,
            ["isMultiline"] = true,
            ["isRequired"] = true,
            ["maxLength"] = maxLength,
            ["errorMessage"] = errorMessage,
        };
        if (!string.IsNullOrEmpty(value))
        {
            var fitting = Fit(value, maxChars: 2 * maxLength, maxBytes: 3 * maxLength);
            if (fitting.Length < value.Length)
            {
                value = fitting;
                cut = true;
            }
            input["value"] = value;
        }
        return input;
    }

    private static JsonObject Execute(string title, string verb, PledgeActionData action) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = title,
        ["verb"] = verb,
        ["style"] = "positive",
        ["data"] = new JsonObject
        {
            ["verb"] = verb,
            [CampaignIdKey] = action.CampaignId,
            [CampaignVersionKey] = action.CampaignVersion,
            [SubjectKey] = action.Subject,
            [KindKey] = action.Collective ? CollectiveKind : IndividualKind,
            [NonceKey] = action.Nonce,
        },
    };

    internal static JsonObject Colored(string text, string color)
    {
        var block = AdaptiveCard.Text(text);
        block["color"] = color;
        return block;
    }

    /// <summary>Line breaks typed in a text box as paragraphs, which every Teams client shows as breaks.</summary>
    internal static string Paragraphs(string text) =>
        string.Join("\n\n", text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0));

    internal static string Shorten(string text, int length) => text.Length <= length ? text : Cut(text, length - 1).TrimEnd() + "…";

    private static string Cut(string text, int length)
    {
        if (length > 0 && length < text.Length && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }
        return text[..length];
    }

    /// <summary>A start of <paramref name="text"/> within both limits (the whole text when it is).</summary>
    internal static string Fit(string text, int maxChars, int maxBytes)
    {
        var length = Math.Min(text.Length, maxChars);
        while (length > 0 && Encoding.UTF8.GetByteCount(text.AsSpan(0, length)) > maxBytes)
        {
            length = Math.Min(length - 1, length * maxBytes / Encoding.UTF8.GetByteCount(text.AsSpan(0, length)));
        }
        return length == text.Length ? text : Cut(text, length);
    }

    private static string ShowDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Format(string template, object value) => string.Format(CultureInfo.InvariantCulture, template, value);
}
