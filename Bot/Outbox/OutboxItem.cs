using ThiDuaBot.Bot.Protocol;

namespace ThiDuaBot.Bot.Outbox;

/// <summary>
/// One proactive send. <see cref="Key"/> is its idempotency key (see <see cref="OutboxKey"/>): within a batch, a key
/// is sent at most once however often it is enqueued.
/// </summary>
public sealed record OutboxItem(string Key, string TenantId, OutboxRecipient Recipient, Activity Activity);
