namespace ThiDuaBot.Storage.Outbox;

/// <summary>What a queue message of the outbox carries: the row it stands for. The row holds everything else.</summary>
public sealed record OutboxMessage(string BatchId, string Key);
