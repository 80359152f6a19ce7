namespace ThiDuaBot.Storage.Outbox;

/// <summary>
/// A queue message as received: its body (null when it cannot be read), and what is needed to delete it or to
/// make it visible again later.
/// </summary>
public sealed record ReceivedOutboxMessage(OutboxMessage? Body, string MessageId, string PopReceipt, long DequeueCount);
