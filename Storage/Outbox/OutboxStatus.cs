namespace ThiDuaBot.Storage.Outbox;

/// <summary>Where one proactive send stands. Stored by name.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting for a worker; a queue message carries its key.</summary>
    Queued,
    /// <summary>Claimed by a worker until its lease expires.</summary>
    Sending,
    /// <summary>Teams accepted the activity. Final.</summary>
    Sent,
    /// <summary>Throttled or a transient failure; tried again from its due time.</summary>
    Retrying,
    /// <summary>403/404: the bot is not (or no longer) in the conversation, or the person blocked or removed it. Final.</summary>
    Unreachable,
    /// <summary>Refused for good (bad request, too big) or out of attempts. Final.</summary>
    Failed,
    /// <summary>
    /// A worker died (or timed out) after posting and before recording the answer, and the outbox is set not to
    /// resend in that case: Teams may or may not have shown it. Final; reported so someone can decide.
    /// </summary>
    Uncertain,
}
