namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>
/// When the bot reminds people who have not acted yet. <see cref="MaxPerPrompt"/> caps how many reminders one person
/// gets for one prompt, the automatic ones and the unit head's nudges together.
/// </summary>
public sealed record ReminderPolicy(PledgeReminders Pledge, ProgressReminders MonthlyProgress, int MaxPerPrompt)
{
    /// <summary>The policy used when the file has no <c>reminders</c> section.</summary>
    public static ReminderPolicy Default { get; } = new(
        new PledgeReminders([3, 1], new TimeOnly(8, 0)),
        new ProgressReminders([1, 3], new TimeOnly(8, 0)),
        MaxPerPrompt: 3);
}
