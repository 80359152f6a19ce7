namespace ThiDuaBot.Bot.Outbox;

/// <summary>How many items were new to the batch, and how many keys it held already (left as they were).</summary>
public sealed record OutboxEnqueueResult(int Added, int AlreadyThere);
