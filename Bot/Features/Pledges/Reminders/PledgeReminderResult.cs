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
}
