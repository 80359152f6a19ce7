using System.Globalization;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Progress.Reminders;

/// <summary>The line on top of a monthly send, in the person's language: the month and the due date (dd/MM/yyyy).</summary>
public static class ProgressReminderNotices
{
    /// <summary>The staff form on the report day.</summary>
    public static Func<Strings, IReadOnlyList<string>> StaffPrompt(PledgeCampaign campaign, ProgressMonth month) =>
        s => [Format(s.ProgressPromptNotice, month.Text, PledgeCardFactory.ShowDate(ProgressSlots.StaffDueDate(campaign, month)))];

    /// <summary>The staff form again, after the report day, to someone who has not reported.</summary>
    public static Func<Strings, IReadOnlyList<string>> StaffReminder(PledgeCampaign campaign, ProgressMonth month) =>
        s => [Format(s.ProgressReminderNotice, month.Text, PledgeCardFactory.ShowDate(ProgressSlots.StaffDueDate(campaign, month)))];

    /// <summary>The unit head's roll-up on the staff report day.</summary>
    public static Func<Strings, IReadOnlyList<string>> UnitPrompt(PledgeCampaign campaign, ProgressMonth month) =>
        s => [Format(s.UnitReportPromptNotice, month.Text, PledgeCardFactory.ShowDate(ProgressSlots.UnitDueDate(campaign, month)))];

    /// <summary>The unit head's roll-up, <paramref name="daysAfter"/> days after the unit report day (0: on the day).</summary>
    public static Func<Strings, IReadOnlyList<string>> UnitReminder(PledgeCampaign campaign, ProgressMonth month, int daysAfter) =>
        s => [Format(daysAfter <= 0 ? s.UnitReportReminderDueToday : s.UnitReportReminderOverdue,
            month.Text, PledgeCardFactory.ShowDate(ProgressSlots.UnitDueDate(campaign, month)))];

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
