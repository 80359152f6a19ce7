using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Outbox;

/// <summary>Table row of <see cref="OutboxBatch"/>. PartitionKey: <see cref="OutboxKeys.BatchesPartition"/>. RowKey: encoded batch id.</summary>
internal sealed class OutboxBatchEntity : ITableEntity
{
    public string PartitionKey { get; set; } = OutboxKeys.BatchesPartition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string BatchId { get; set; } = "";
    public string TenantId { get; set; } = "";
    public bool Open { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public OutboxBatch ToRecord() => new(BatchId, TenantId, Open, CreatedAt, UpdatedAt, ETag);
}
