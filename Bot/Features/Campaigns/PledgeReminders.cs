namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>
/// Pledge reminders: on each of <see cref="DaysBeforeDeadline"/> (0 = the deadline day itself) at the local
/// <see cref="Time"/>, everyone who has not pledged yet is reminded.
/// </summary>
public sealed record PledgeReminders(IReadOnlyList<int> DaysBeforeDeadline, TimeOnly Time);
