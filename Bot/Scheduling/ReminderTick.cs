using ThiDuaBot.Bot.Features.Digests;
using ThiDuaBot.Bot.Features.Digests.Reviews;
using ThiDuaBot.Bot.Features.Pledges.Reminders;
using ThiDuaBot.Bot.Features.Progress.Reminders;

namespace ThiDuaBot.Bot.Scheduling;

/// <summary>
/// What one tick of the scheduler did: whether this instance held the lease (false too when nothing was launched
/// anywhere), the pledge reminder slots it ran and the monthly progress slots it ran, the council digests, the pledge
/// round digests and the phase reviews it posted.
/// </summary>
public sealed record ReminderTick(
    bool HeldLease,
    IReadOnlyList<PledgeReminderRun> Runs,
    IReadOnlyList<ProgressSlotRun> ProgressRuns,
    IReadOnlyList<DigestRun>? DigestRuns = null,
    IReadOnlyList<PledgeDigestRun>? PledgeDigestRuns = null,
    IReadOnlyList<ReviewRun>? ReviewRuns = null)
{
    public static ReminderTick NotLeader { get; } = new(false, [], []);
}
