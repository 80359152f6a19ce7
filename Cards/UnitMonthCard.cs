using System.Globalization;
using System.Text.Json.Nodes;

namespace ThiDuaBot.Cards;

/// <summary>
/// The unit head's roll-up of a month (<c>báo cáo đơn vị</c>): where the unit report stands, the counts, statuses by
/// content area, who has not reported (each with a nudge) and who has, the good deeds put forward (each with Confirm /
/// Set aside), then the comment box and <b>Gửi báo cáo tháng</b>, or once submitted the report and <b>Sửa báo cáo
/// tháng</b> with its reason. A Universal Actions refresh keeps it current for the head. Lists are capped and texts
/// shortened, more and more until the card fits <see cref="TargetBytes"/>, so a unit of hundreds stays under 28 KB.
/// </summary>
public static class UnitMonthCard
{
    public const string RefreshVerb = "unit.month.refresh";
    public const string SubmitVerb = "unit.month.submit";
    public const string AmendVerb = "unit.month.amend";
    public const string DeedVerb = "unit.month.deed";
    public const string NudgeVerb = "unit.month.nudge";

    public const string CampaignIdKey = "campaignId";
    public const string UnitIdKey = "unitId";
    public const string MonthKey = "month";
    public const string NonceKey = "nonce";
    public const string PersonKey = "person";
    public const string DecisionKey = "decision";
    /// <summary>Set to <c>true</c> on "nudge everyone late"; a nudge without it names one person.</summary>
    public const string AllKey = "all";

    /// <summary>The decisions a good deed button sends (<see cref="DecisionKey"/>).</summary>
    public const string DecisionConfirm = "confirm";
    public const string DecisionSetAside = "set-aside";

    public const string CommentInput = "unitMonthComment";
    public const string ReasonInput = "unitMonthReason";

    /// <summary>2 KB under Teams' 28 KB, as the progress card.</summary>
    public const int TargetBytes = 26 * 1024;

    /// <summary>How much is listed, tried in turn until the card fits: late people with a button, reported, without a pledge, good deeds, characters per deed.</summary>
    private static readonly Level[] Levels =
    [
        new(Late: 20, Reported: 40, Names: 40, Deeds: 10, DeedChars: 400),
        new(Late: 12, Reported: 25, Names: 25, Deeds: 8, DeedChars: 250),
        new(Late: 8, Reported: 15, Names: 15, Deeds: 5, DeedChars: 150),
        new(Late: 5, Reported: 10, Names: 10, Deeds: 3, DeedChars: 100),
    ];

    public static JsonObject Build(Strings s, UnitMonthModel model) =>
        AdaptiveCard.FirstFitting(Levels, level => Build(s, model, level), TargetBytes);

    private static JsonObject Build(Strings s, UnitMonthModel m, Level level)
    {
        var body = new List<JsonNode>
        {
            AdaptiveCard.Text(Format(s.UnitMonthTitle, m.MonthText), size: "Large", weight: "Bolder"),
            AdaptiveCard.Text(m.CampaignTitle, subtle: true, spacing: "None"),
        };
        body.AddRange(m.Errors.Select(error => PledgeCard.Colored(error, "Attention")));
        body.AddRange(m.Notices.Select(notice => PledgeCard.Colored(notice, "Good")));
        body.Add(AdaptiveCard.Facts(
        [
            (s.PledgeUnit, m.UnitName),
            (s.UnitMonthReportDay, m.StaffReportDay.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            (s.UnitMonthReportState, m.Report is { } r ? Format(s.UnitMonthReportSent, r.Version, Time(r.SavedAt), r.By) : s.UnitMonthReportNotYet),
            (s.UnitMonthMembers, Number(m.Members)),
            (s.UnitMonthReportedCount, Number(m.Reported.Count)),
            (s.UnitMonthNotReportedCount, Number(m.NotReported.Count + m.WithoutPledge.Count)),
            (s.UnitMonthWithoutPledge, Number(m.WithoutPledge.Count)),
        ]));
        if (m.ClosedNote is { } closed)
        {
            body.Add(PledgeCard.Colored(closed, "Warning"));
        }

        if (m.Members == 0)
        {
            body.Add(AdaptiveCard.Text(s.UnitRollupNoMembers, spacing: "Medium"));
        }
        AddAreas(body, s, m);
        AddNotReported(body, s, m, level);
        if (m.WithoutPledge.Count > 0)
        {
            body.Add(AdaptiveCard.Text(Format(s.UnitMonthWithoutPledgeHeading, m.WithoutPledge.Count), weight: "Bolder", spacing: "Medium"));
            body.Add(AdaptiveCard.Text(string.Join(", ", m.WithoutPledge.Take(level.Names).Select(p => p.Name))));
            AdaptiveCard.AddMore(body, s.StatusAndMore, m.WithoutPledge.Count - level.Names);
        }
        if (m.Reported.Count > 0)
        {
            body.Add(AdaptiveCard.Text(Format(s.UnitMonthReportedHeading, m.Reported.Count), weight: "Bolder", spacing: "Medium"));
            body.Add(AdaptiveCard.Facts(m.Reported.Take(level.Reported).Select(p => (p.Name, p.Note ?? ""))));
            AdaptiveCard.AddMore(body, s.StatusAndMore, m.Reported.Count - level.Reported);
        }
        AddDeeds(body, s, m, level);
        AddReport(body, s, m);
        body.Add(AdaptiveCard.Text(Format(s.UnitRollupShownAt, m.ShownAt.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)), subtle: true, spacing: "Medium"));

        var actions = new List<JsonNode>();
        if (m.IsOpen)
        {
            actions.Add(AdaptiveCard.Action(s.UnitMonthSubmit, SubmitVerb, WithNonce(Data(m), m), "positive"));
        }
        if (m.CanAmend)
        {
            actions.Add(AdaptiveCard.Action(s.UnitMonthAmend, AmendVerb, WithNonce(Data(m), m), "positive"));
        }
        if (m.CanNudge && m.NotReported.Count > 0)
        {
            var all = Data(m);
            all[AllKey] = true;
            actions.Add(AdaptiveCard.Action(m.PastReportDay ? s.UnitMonthNudgeAllLate : s.UnitMonthNudgeAll, NudgeVerb, all));
        }
        actions.Add(AdaptiveCard.Action(s.UnitRefresh, RefreshVerb, Data(m)));
        var card = AdaptiveCard.Create(body, actions);
        var refresh = new JsonObject { ["action"] = AdaptiveCard.Action(null, RefreshVerb, Data(m)) };
        if (m.HeadUserId is { Length: > 0 } userId)
        {
            refresh["userIds"] = new JsonArray(userId);
        }
        card["refresh"] = refresh;
        return card;
    }

    private static void AddAreas(List<JsonNode> body, Strings s, UnitMonthModel m)
    {
        if (m.Areas.Count == 0)
        {
            return;
        }
        body.Add(AdaptiveCard.Text(s.UnitMonthAreasHeading, weight: "Bolder", spacing: "Medium"));
        body.Add(AdaptiveCard.Facts(m.Areas.Select(area =>
            (PledgeCard.Shorten(area.Title, 60), Format(s.UnitMonthAreaCounts, area.Done, area.InProgress, area.NotStarted, area.Blocked)))));
    }

    private static void AddNotReported(List<JsonNode> body, Strings s, UnitMonthModel m, Level level)
    {
        if (m.Members > 0 && m.NotReported.Count == 0 && m.WithoutPledge.Count == 0)
        {
            body.Add(AdaptiveCard.Text(s.UnitMonthEveryoneReported, spacing: "Medium"));
            return;
        }
        if (m.NotReported.Count == 0)
        {
            return;
        }
        body.Add(AdaptiveCard.Text(Format(m.PastReportDay ? s.UnitMonthLateHeading : s.UnitMonthNotYetHeading, m.NotReported.Count), weight: "Bolder", spacing: "Medium"));
        var listed = m.NotReported.Take(level.Late).ToList();
        if (m.CanNudge)
        {
            body.AddRange(listed.Select(person => PersonRow(person.Name, [AdaptiveCard.Action(s.UnitNudge, NudgeVerb, Person(Data(m), person.SignInName))])));
        }
        else
        {
            body.Add(AdaptiveCard.Text(string.Join(", ", listed.Select(person => person.Name))));
        }
        AdaptiveCard.AddMore(body, s.StatusAndMore, m.NotReported.Count - listed.Count);
    }

    private static void AddDeeds(List<JsonNode> body, Strings s, UnitMonthModel m, Level level)
    {
        if (m.Deeds.Count == 0)
        {
            return;
        }
        body.Add(AdaptiveCard.Text(Format(s.UnitMonthDeedsHeading, m.Deeds.Count), weight: "Bolder", spacing: "Medium"));
        foreach (var deed in m.Deeds.Take(level.Deeds))
        {
            body.Add(AdaptiveCard.Text("**" + deed.ProposerName + "** · " + deed.About, spacing: "Medium"));
            body.Add(AdaptiveCard.Text(PledgeCard.Shorten(PledgeCard.Paragraphs(deed.Text), level.DeedChars), spacing: "None"));
            var (state, color) = deed.Decision switch
            {
                DecisionConfirm => (s.UnitMonthDeedConfirmed, "Good"),
                DecisionSetAside => (s.UnitMonthDeedSetAsideState, "Warning"),
                _ => (s.UnitMonthDeedPending, "Accent"),
            };
            var line = AdaptiveCard.Text(state, weight: "Bolder", spacing: "None");
            line["color"] = color;
            if (!m.IsOpen)
            {
                body.Add(line);
                continue;
            }
            var buttons = new List<JsonNode>();
            if (deed.Decision != DecisionConfirm)
            {
                buttons.Add(AdaptiveCard.Action(s.UnitMonthDeedConfirm, DeedVerb, Decision(Person(Data(m), deed.SignInName), DecisionConfirm)));
            }
            if (deed.Decision != DecisionSetAside)
            {
                buttons.Add(AdaptiveCard.Action(s.UnitMonthDeedSetAside, DeedVerb, Decision(Person(Data(m), deed.SignInName), DecisionSetAside)));
            }
            body.Add(new JsonObject
            {
                ["type"] = "ColumnSet",
                ["spacing"] = "None",
                ["columns"] = new JsonArray(
                    Column("stretch", line),
                    Column("auto", new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. buttons]) })),
            });
        }
        if (m.Deeds.Count > level.Deeds)
        {
            body.Add(AdaptiveCard.Text(Format(s.UnitMonthDeedsMore, m.Deeds.Count - level.Deeds), subtle: true));
        }
    }

    private static void AddReport(List<JsonNode> body, Strings s, UnitMonthModel m)
    {
        if (m.Report is not { } report)
        {
            if (m.IsOpen)
            {
                body.Add(AdaptiveCard.Text(s.UnitMonthReportHeading, weight: "Bolder", spacing: "Large"));
                body.Add(TextInput(CommentInput, s.UnitMonthCommentLabel, UnitMonthLimits.MaxCommentLength, m.TypedComment));
            }
            return;
        }
        body.Add(AdaptiveCard.Text(s.UnitMonthReportHeading, weight: "Bolder", spacing: "Large"));
        var facts = new List<(string, string)>
        {
            (s.PledgeVersion, Number(report.Version)),
            (s.UnitMonthSubmittedBy, report.By),
            (s.PledgeSavedAt, Time(report.SavedAt)),
        };
        if (report.Reason is { Length: > 0 } reason)
        {
            facts.Add((s.UnitMonthReasonShown, reason));
        }
        body.Add(AdaptiveCard.Facts(facts));
        body.Add(AdaptiveCard.Text(s.UnitMonthCommentShown, weight: "Bolder", spacing: "Small"));
        body.Add(AdaptiveCard.Text(report.Comment.Length > 0 ? PledgeCard.Paragraphs(report.Comment) : s.UnitMonthNoComment, spacing: "None"));
        if (m.AmendNote is { } note)
        {
            body.Add(PledgeCard.Colored(note, "Warning"));
        }
        if (m.CanAmend)
        {
            body.Add(AdaptiveCard.Text(s.UnitMonthAmendHeading, weight: "Bolder", spacing: "Medium"));
            body.Add(TextInput(ReasonInput, s.UnitMonthReasonLabel, UnitMonthLimits.MaxReasonLength, m.TypedReason));
            body.Add(TextInput(CommentInput, s.UnitMonthCommentLabel, UnitMonthLimits.MaxCommentLength, m.TypedComment ?? report.Comment));
        }
    }

    /// <summary>
    /// A multi-line text box. The reason is not marked <c>isRequired</c> (its label says so and the server checks it):
    /// a required box would stop the card's other buttons (refresh, nudges) until something is typed in it.
    /// </summary>
    private static JsonObject TextInput(string id, string label, int maxLength, string? value)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["isMultiline"] = true, ["maxLength"] = maxLength };
        if (!string.IsNullOrEmpty(value))
        {
            // An overlong text is echoed up to twice the limit so the head can shorten it.
            input["value"] = PledgeCard.Fit(value, maxChars: 2 * maxLength, maxBytes: 6 * maxLength);
        }
        return input;
    }

    private static JsonObject PersonRow(string name, IReadOnlyList<JsonNode> buttons) => new()
    {
        ["type"] = "ColumnSet",
        ["spacing"] = "Small",
        ["columns"] = new JsonArray(
            Column("stretch", AdaptiveCard.Text(name)),
            Column("auto", new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. buttons]) })),
    };

    private static JsonObject Column(string width, JsonNode item) => new()
    {
        ["type"] = "Column",
        ["width"] = width,
        ["verticalContentAlignment"] = "Center",
        ["items"] = new JsonArray(item),
    };

    private static JsonObject Data(UnitMonthModel m) => new()
    {
        [CampaignIdKey] = m.CampaignId,
        [UnitIdKey] = m.UnitId,
        [MonthKey] = m.Month,
    };

    private static JsonObject WithNonce(JsonObject data, UnitMonthModel m)
    {
        data[NonceKey] = m.Nonce;
        return data;
    }

    private static JsonObject Person(JsonObject data, string signInName)
    {
        data[PersonKey] = signInName;
        return data;
    }

    private static JsonObject Decision(JsonObject data, string decision)
    {
        data[DecisionKey] = decision;
        return data;
    }

    private static string Time(DateTimeOffset at) => at.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);

    private sealed record Level(int Late, int Reported, int Names, int Deeds, int DeedChars);
}
