using Azure;

namespace ThiDuaBot.Storage.Outbox;

/// <summary>A batch of sends (one launch, one reminder round). Open while some of its rows may still need a send.</summary>
public sealed record OutboxBatch(string BatchId, string TenantId, bool Open, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, ETag ETag);
