using System.Globalization;
using ThiDuaBot.Bot.Features.Pledges.Reminders;
using ThiDuaBot.Bot.Features.Progress.Reminders;
using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Progress.Units;

/// <summary>
/// A unit head's nudge on the month roll-up: one person of the unit, or everyone of the unit who has not reported
/// (the head left out). Only while the month is open and the unit report not submitted; only people of the unit; the
/// reminder is the person's progress form with the head's words on top, sent by <see cref="ProgressReminderDispatch"/>
/// in the day's round (<c>progress-nudge-yyyy-MM-dd</c>), so it counts against the campaign's maximum of reminders
/// per person and a double click or a second press the same day sends once; who has reported, has no pledge, or cannot
/// be reached is skipped. The answer is the roll-up, refreshed, with what was done on top.
/// </summary>
public sealed class UnitMonthNudges(
    UnitMonthRequests requests, ReachabilityService reachability, ProgressReminderDispatch dispatch, TimeProvider time, ILogger<UnitMonthNudges> logger)
{
    public static string Round(DateOnly localDate) => "progress-nudge-" + localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<InvokeResponse> NudgeAsync(TurnContext turn, UnitMonthRequest request, string? person, CancellationToken cancellationToken)
    {
        var (s, campaign, data, month) = (request.Strings, request.Campaign, request.Data, request.Month);
        IReadOnlyList<Person> people;
        if (person is not null)
        {
            var subject = ProgressKeys.NormalizeSubject(person);
            if (data.Members.FirstOrDefault(m => UnitMonthRollups.Subject(m) == subject) is not { } member)
            {
                return InvokeResponse.Message(Format(s.UnitNudgeNotInUnit, person));
            }
            people = [member];
        }
        else
        {
            // Everyone late but the head: their own form is one "báo cáo" away.
            people = [.. data.Members.Where(m => !data.Entries.ContainsKey(UnitMonthRollups.Subject(m))
                && !string.Equals(m.SignInName, request.Head.SignInName, StringComparison.OrdinalIgnoreCase))];
        }

        var outcomes = new List<PledgeReminderOutcome>();
        if (people.Count > 0)
        {
            var reach = (await reachability.AssessAsync(turn.Connector, campaign.TenantId, people, cancellationToken).ConfigureAwait(false))
                .ToDictionary(r => r.Person.SignInName, StringComparer.OrdinalIgnoreCase);
            var targets = people
                .Select(p => reach.GetValueOrDefault(p.SignInName) ?? new PersonReach(p, Reach.Unreachable, UnreachableReason.NotInstalled))
                .ToList();
            var today = DateOnly.FromDateTime(campaign.Local(time.GetUtcNow()).DateTime);
            var due = UnitMonthRollups.StaffReportDay(campaign, month).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            var head = request.Head.DisplayName;
            outcomes.AddRange(await dispatch.SendAsync(campaign, month, targets, Round(today),
                strings => [Format(strings.UnitMonthNudgeNotice, head, month.Text, due)], cancellationToken).ConfigureAwait(false));
        }
        logger.LogInformation("Unit head nudged {Queued} of {Asked} people of unit {UnitId} for {Month} in campaign {CampaignId}",
            outcomes.Count(o => o.Result == PledgeReminderResult.Queued), people.Count, request.UnitId, month.Key, campaign.CampaignId);
        return await requests.FreshCardAsync(turn, request, new UnitMonthView { Notices = Describe(s, campaign.Definition.Reminders.MaxPerPrompt, outcomes) }, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>One line per outcome, with the names (at most <see cref="Pledges.Units.UnitNudges.MaxNamesPerLine"/> each, the rest counted).</summary>
    public static IReadOnlyList<string> Describe(Strings s, int maxPerPrompt, IReadOnlyList<PledgeReminderOutcome> outcomes)
    {
        IReadOnlyList<Person> With(PledgeReminderResult result) => [.. outcomes.Where(o => o.Result == result).Select(o => o.Person)];
        var lines = new List<string>();
        if (With(PledgeReminderResult.Queued) is { Count: > 0 } queued)
        {
            lines.Add(Format(s.UnitNudged, queued.Count, Names(s, queued)));
        }
        AddLine(lines, s.UnitNudgeSkippedToday, s, With(PledgeReminderResult.AlreadyReminded));
        if (With(PledgeReminderResult.CapReached) is { Count: > 0 } capped)
        {
            lines.Add(Format(s.UnitNudgeSkippedCap, maxPerPrompt, Names(s, capped)));
        }
        AddLine(lines, s.UnitNudgeSkippedUnreachable, s, With(PledgeReminderResult.Unreachable));
        AddLine(lines, s.UnitMonthNudgeSkippedReported, s, With(PledgeReminderResult.AlreadyReported));
        AddLine(lines, s.UnitMonthNudgeSkippedNoPledge, s, With(PledgeReminderResult.NoPledge));
        AddLine(lines, s.UnitMonthNudgeSkippedClosed, s, With(PledgeReminderResult.MonthClosed));
        if (lines.Count == 0)
        {
            lines.Add(s.UnitMonthNudgeNobody);
        }
        return lines;
    }

    private static void AddLine(List<string> lines, string template, Strings s, IReadOnlyList<Person> people)
    {
        if (people.Count > 0)
        {
            lines.Add(Format(template, Names(s, people)));
        }
    }

    private static string Names(Strings s, IReadOnlyList<Person> people)
    {
        var max = Pledges.Units.UnitNudges.MaxNamesPerLine;
        var shown = string.Join(", ", people.Take(max).Select(p => p.DisplayName));
        return people.Count > max ? Format(s.UnitNamesAndMore, shown, people.Count - max) : shown;
    }

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
