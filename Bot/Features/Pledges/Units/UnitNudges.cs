using System.Globalization;
using ThiDuaBot.Bot.Features.Pledges.Reminders;
using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Pledges.Units;

/// <summary>
/// A unit head's nudge: only while the pledge round is launched and open, only people of the head's unit, only those
/// who have not pledged (checked on the pledge itself), only those the bot can reach, and within the campaign's
/// maximum of reminders per person. The reminder is the person's pledge form with the head's words on top, sent
/// through the outbox in the day's round (<c>nudge-yyyy-MM-dd</c>), so a double click or a second press the same day
/// sends once. "Everyone" leaves the head out. The answer is the roll-up, refreshed, with what was done on top.
/// </summary>
public sealed class UnitNudges(
    UnitRollups rollups,
    ReachabilityService reachability,
    PledgeReminderDispatch dispatch,
    TimeProvider time,
    ILogger<UnitNudges> logger)
{
    /// <summary>Names written out in an outcome line; the rest are counted.</summary>
    public const int MaxNamesPerLine = 10;

    public static string Round(DateOnly localDate) => "nudge-" + localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<InvokeResponse> NudgeAsync(TurnContext turn, UnitRequest request, CancellationToken cancellationToken)
    {
        var (campaign, s) = (request.Campaign, request.Strings);
        var members = await rollups.MembersAsync(campaign, request.UnitId, cancellationToken).ConfigureAwait(false);
        // "Everyone" is everyone but the head: their own form is one "đăng ký" away.
        var candidates = members.Where(m => !string.Equals(m.SignInName, request.Caller.Person.SignInName, StringComparison.OrdinalIgnoreCase)).ToList();
        if (request.Person is { } wanted)
        {
            var subject = PledgeKeys.NormalizeSubject(PledgeKind.Individual, wanted);
            if (members.FirstOrDefault(m => PledgeRights.SubjectOf(m, PledgeKind.Individual) == subject) is not { } member)
            {
                return InvokeResponse.Message(Format(s.UnitNudgeNotInUnit, wanted));
            }
            candidates = [member];
        }
        if (await rollups.RoundStateAsync(campaign, cancellationToken).ConfigureAwait(false) != PledgeRoundState.Open)
        {
            // The roll-up says why (not launched, deadline passed, campaign closed) and no longer offers the buttons.
            return await RollupAsync(turn, request, [], cancellationToken).ConfigureAwait(false);
        }

        var pledged = await PledgedAsync(campaign, request.UnitId, candidates, cancellationToken).ConfigureAwait(false);
        var toRemind = candidates.Where(p => !pledged.Contains(p.SignInName)).ToList();
        var outcomes = new List<PledgeReminderOutcome>();
        if (toRemind.Count > 0)
        {
            var reach = (await reachability.AssessAsync(turn.Connector, campaign.TenantId, toRemind, cancellationToken).ConfigureAwait(false))
                .ToDictionary(r => r.Person.SignInName, StringComparer.OrdinalIgnoreCase);
            var targets = toRemind
                .Select(p => new PledgeReminderTarget(reach.GetValueOrDefault(p.SignInName) ?? new PersonReach(p, Reach.Unreachable, UnreachableReason.NotInstalled), [PledgeKind.Individual]))
                .ToList();
            var today = DateOnly.FromDateTime(campaign.Local(time.GetUtcNow()).DateTime);
            var notices = PledgeReminderNotices.Nudge(campaign, request.Caller.Person.DisplayName, PledgeReminderNotices.DaysLeft(campaign, today));
            outcomes.AddRange(await dispatch.SendAsync(campaign, targets, Round(today), notices, cancellationToken).ConfigureAwait(false));
        }
        var queued = outcomes.Count(o => o.Result == PledgeReminderResult.Queued);
        logger.LogInformation("Unit head nudged {Queued} of {Asked} people in unit {UnitId} of campaign {CampaignId}", queued, candidates.Count, request.UnitId, campaign.CampaignId);
        var alreadyPledged = candidates.Where(p => pledged.Contains(p.SignInName)).ToList();
        return await RollupAsync(turn, request, Describe(s, campaign, outcomes, alreadyPledged), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Who among <paramref name="people"/> has pledged, by sign-in name (see <see cref="UnitRollups.PledgedTitlesAsync"/>).</summary>
    private async Task<HashSet<string>> PledgedAsync(PledgeCampaign campaign, string unitId, IReadOnlyList<Person> people, CancellationToken cancellationToken)
    {
        var titles = await rollups.PledgedTitlesAsync(campaign, unitId, people, cancellationToken).ConfigureAwait(false);
        return people.Where(p => titles.ContainsKey(PledgeRights.SubjectOf(p, PledgeKind.Individual))).Select(p => p.SignInName).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private async Task<InvokeResponse> RollupAsync(TurnContext turn, UnitRequest request, IReadOnlyList<string> notices, CancellationToken cancellationToken) =>
        InvokeResponse.Card(await rollups.BuildAsync(request.Campaign, request.UnitId, request.Strings, turn.Activity.From?.Id, notices, [], cancellationToken).ConfigureAwait(false));

    /// <summary>One line per outcome, with the names.</summary>
    public static List<string> Describe(Strings s, PledgeCampaign campaign, IReadOnlyList<PledgeReminderOutcome> outcomes, IReadOnlyList<Person> alreadyPledged)
    {
        IReadOnlyList<Person> With(PledgeReminderResult result) => outcomes.Where(o => o.Result == result).Select(o => o.Person).ToList();
        var lines = new List<string>();
        var queued = With(PledgeReminderResult.Queued);
        if (queued.Count > 0)
        {
            lines.Add(Format(s.UnitNudged, queued.Count, Names(s, queued)));
        }
        AddLine(lines, s, s.UnitNudgeSkippedToday, With(PledgeReminderResult.AlreadyReminded));
        if (With(PledgeReminderResult.CapReached) is { Count: > 0 } capped)
        {
            lines.Add(Format(s.UnitNudgeSkippedCap, campaign.Definition.Reminders.MaxPerPrompt, Names(s, capped)));
        }
        AddLine(lines, s, s.UnitNudgeSkippedUnreachable, With(PledgeReminderResult.Unreachable));
        AddLine(lines, s, s.UnitNudgeSkippedPledged, alreadyPledged);
        if (lines.Count == 0)
        {
            lines.Add(s.UnitNudgeNobody);
        }
        return lines;
    }

    private static void AddLine(List<string> lines, Strings s, string template, IReadOnlyList<Person> people)
    {
        if (people.Count > 0)
        {
            lines.Add(Format(template, Names(s, people)));
        }
    }

    private static string Names(Strings s, IReadOnlyList<Person> people)
    {
        var shown = string.Join(", ", people.Take(MaxNamesPerLine).Select(p => p.DisplayName));
        return people.Count > MaxNamesPerLine ? Format(s.UnitNamesAndMore, shown, people.Count - MaxNamesPerLine) : shown;
    }

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
