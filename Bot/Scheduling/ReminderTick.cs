using ThiDuaBot.Bot.Features.Pledges.Reminders;

namespace ThiDuaBot.Bot.Scheduling;

/// <summary>What one tick of the scheduler did: whether this instance held the lease (false too when nothing was launched anywhere), and the slots it ran.</summary>
public sealed record ReminderTick(bool HeldLease, IReadOnlyList<PledgeReminderRun> Runs)
{
    public static ReminderTick NotLeader { get; } = new(false, []);
}
