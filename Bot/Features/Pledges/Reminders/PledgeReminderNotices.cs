using System.Globalization;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;

namespace ThiDuaBot.Bot.Features.Pledges.Reminders;

/// <summary>The line on top of a reminder's pledge form, in the person's language: the deadline and the days left.</summary>
public static class PledgeReminderNotices
{
    /// <summary>An automatic reminder, <paramref name="daysLeft"/> days before the deadline (0: on the day).</summary>
    public static Func<Strings, PledgeKind, IReadOnlyList<string>> Automatic(PledgeCampaign campaign, int daysLeft) => (s, kind) =>
    {
        var deadline = PledgeCardFactory.ShowDate(campaign.Deadline);
        var collective = kind == PledgeKind.Collective;
        return daysLeft <= 0
            ? [Format(collective ? s.PledgeReminderUnitLastDay : s.PledgeReminderLastDay, deadline)]
            : [Format(collective ? s.PledgeReminderUnitDaysLeft : s.PledgeReminderDaysLeft, deadline, daysLeft)];
    };

    /// <summary>A unit head's nudge, from <paramref name="headName"/>.</summary>
    public static Func<Strings, PledgeKind, IReadOnlyList<string>> Nudge(PledgeCampaign campaign, string headName, int daysLeft) => (s, _) =>
    {
        var deadline = PledgeCardFactory.ShowDate(campaign.Deadline);
        return daysLeft <= 0
            ? [Format(s.PledgeNudgeLastDay, headName, deadline)]
            : [Format(s.PledgeNudgeDaysLeft, headName, deadline, daysLeft)];
    };

    /// <summary>Whole days from <paramref name="today"/> to the deadline.</summary>
    public static int DaysLeft(PledgeCampaign campaign, DateOnly today) => campaign.Deadline.DayNumber - today.DayNumber;

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
