namespace ThiDuaBot.Bot.Outbox;

/// <summary>
/// What the outbox does with a row whose activity may have reached Teams without the answer being recorded: the
/// worker died (or its lease lapsed) after claiming the row for posting, or the POST timed out. Teams' Connector has
/// no idempotency key and no way to ask "did you get it", so no design can tell these cases apart; this setting
/// decides which way to err.
/// </summary>
public enum AmbiguousSendPolicy
{
    /// <summary>Send again: nobody is skipped, and the person may get the same card twice (at-least-once). The default.</summary>
    Resend,
    /// <summary>Mark the row <c>Uncertain</c> and report it: nothing is sent twice, and the person may have got nothing (at-most-once).</summary>
    MarkUncertain,
}
