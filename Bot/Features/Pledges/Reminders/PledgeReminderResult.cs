namespace ThiDuaBot.Bot.Features.Pledges.Reminders;

/// <summary>What became of one person's reminder.</summary>
public enum PledgeReminderResult
{
    /// <summary>Counted and queued in the outbox now.</summary>
    Queued,
    /// <summary>This round reminded them already (a second press the same day, a retried slot): nothing new is sent.</summary>
    AlreadyReminded,
    /// <summary>They got the campaign's maximum of reminders for this pledge: skipped.</summary>
    CapReached,
    /// <summary>The bot cannot message them now: skipped, nothing counted.</summary>
    Unreachable,
    /// <summary>A progress reminder: the person has no pledge to report on, so nothing is counted or sent.</summary>
    NoPledge,
    /// <summary>A progress reminder: the person has reported for the month already: nothing counted or sent.</summary>
    AlreadyReported,
    /// <summary>A progress reminder: the month cannot be reported on for them (their unit closed it, or its phase is over).</summary>
    MonthClosed,
}
