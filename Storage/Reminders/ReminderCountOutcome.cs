namespace ThiDuaBot.Storage.Reminders;

/// <summary>What counting one reminder did.</summary>
public enum ReminderCountOutcome
{
    /// <summary>Counted: the person had fewer than the cap for the prompt; the reminder may go.</summary>
    Counted,
    /// <summary>This round was counted before (a retry or a second press): send it, its outbox key keeps it to one send.</summary>
    AlreadyCounted,
    /// <summary>The person already got the cap for the prompt: no reminder.</summary>
    CapReached,
}
