using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Pledges.Reminders;
using ThiDuaBot.Storage.Campaigns;

namespace ThiDuaBot.Bot.Features.Progress.Reminders;

/// <summary>
/// When the monthly sends of a campaign fall, in its time zone. Each month M has the prompt on M/staffReportDay, a
/// staff reminder on each of <c>daysAfterReportDay</c> after it, and a unit head reminder on each of those days after
/// M/unitReportDay. Day 0 of the staff reminders is the prompt itself, so it is not a second send; day 0 of the head
/// reminders is the unit's due day, skipped too when it falls on the staff report day (the prompt carries the roll-up).
/// </summary>
public static class ProgressSlots
{
    /// <summary>How many months back a slot can still fall: report day 28 plus 27 days ends in the next month.</summary>
    private const int MonthsBack = 2;

    /// <summary>Every slot of <paramref name="month"/>, earliest first.</summary>
    public static IReadOnlyList<ProgressSlot> ForMonth(PledgeCampaign campaign, ProgressMonth month)
    {
        var definition = campaign.Definition;
        var reporting = definition.MonthlyReporting;
        var policy = definition.Reminders.MonthlyProgress;
        var staffDay = StaffDueDate(campaign, month);
        var unitDay = UnitDueDate(campaign, month);
        var days = policy.DaysAfterReportDay.Distinct().Order().ToList();
        var slots = new List<ProgressSlot> { Slot(campaign, ProgressSlotKind.Prompt, month, staffDay, 0) };
        slots.AddRange(days.Where(d => d > 0).Select(d => Slot(campaign, ProgressSlotKind.StaffReminder, month, staffDay, d)));
        slots.AddRange(days
            .Where(d => d > 0 || reporting.UnitReportDay != reporting.StaffReportDay)
            .Select(d => Slot(campaign, ProgressSlotKind.UnitReminder, month, unitDay, d)));
        return slots.OrderBy(slot => slot.At).ThenBy(slot => slot.Kind).ToList();
    }

    /// <summary>
    /// The slots to send at <paramref name="now"/>: of the staff sends (prompt and reminders) and of the unit head
    /// reminders, each the latest one that has come, provided it is on the same local day as <paramref name="now"/> and
    /// at most <paramref name="lateWindow"/> ago. As for pledges, a slot missed while no instance ran goes late the same
    /// day or never, and missed slots never go in a pile.
    /// </summary>
    public static IReadOnlyList<ProgressSlot> Due(PledgeCampaign campaign, DateTimeOffset now, TimeSpan lateWindow)
    {
        var today = DateOnly.FromDateTime(campaign.Local(now).DateTime);
        var current = ProgressMonth.Current(campaign, now);
        var slots = Enumerable.Range(0, MonthsBack + 1)
            .Select(back => new ProgressMonth(current.First.AddMonths(-back)))
            .SelectMany(month => ForMonth(campaign, month))
            .Where(slot => slot.At <= now)
            .ToList();
        var staff = slots.Where(slot => slot.Kind != ProgressSlotKind.UnitReminder).MaxBy(slot => slot.At);
        var heads = slots.Where(slot => slot.Kind == ProgressSlotKind.UnitReminder).MaxBy(slot => slot.At);
        return new[] { staff, heads }
            .OfType<ProgressSlot>()
            .Where(slot => slot.LocalDate == today && now - slot.At <= lateWindow)
            .ToList();
    }

    /// <summary>The month has a day in a phase the secretary has not closed (a phase not started yet counts as open).</summary>
    public static bool HasOpenPhase(PledgeCampaign campaign, ProgressMonth month) =>
        month.Phases(campaign.Definition).Any(phase =>
            campaign.Stored.Phases.FirstOrDefault(stored => stored.PhaseId == phase.Id)?.Status != PhaseStatus.Closed);

    /// <summary>The day staff report on <paramref name="month"/> by.</summary>
    public static DateOnly StaffDueDate(PledgeCampaign campaign, ProgressMonth month) =>
        month.First.AddDays(campaign.Definition.MonthlyReporting.StaffReportDay - 1);

    /// <summary>The day units submit their report on <paramref name="month"/> by.</summary>
    public static DateOnly UnitDueDate(PledgeCampaign campaign, ProgressMonth month) =>
        month.First.AddDays(campaign.Definition.MonthlyReporting.UnitReportDay - 1);

    private static ProgressSlot Slot(PledgeCampaign campaign, ProgressSlotKind kind, ProgressMonth month, DateOnly dueDate, int daysAfter)
    {
        var local = dueDate.AddDays(daysAfter).ToDateTime(campaign.Definition.Reminders.MonthlyProgress.Time, DateTimeKind.Unspecified);
        return new ProgressSlot(kind, month, daysAfter, local, PledgeReminderSlots.ToInstant(local, campaign.Definition.TimeZone));
    }
}
