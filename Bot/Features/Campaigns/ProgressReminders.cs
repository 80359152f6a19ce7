namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>
/// Monthly reminders: on each of <see cref="DaysAfterReportDay"/> (0 = the due day itself) at the local
/// <see cref="Time"/>, staff who have not reported by the staff report day, and unit heads who have not submitted by
/// the unit report day, are reminded.
/// </summary>
public sealed record ProgressReminders(IReadOnlyList<int> DaysAfterReportDay, TimeOnly Time);
