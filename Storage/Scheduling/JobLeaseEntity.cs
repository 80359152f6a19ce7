using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Scheduling;

/// <summary>
/// Table row of one scheduled job's lease: who runs the job now and until when. One partition for every job (there
/// are a handful), RowKey: the job's name.
/// </summary>
internal sealed class JobLeaseEntity : ITableEntity
{
    public const string PartitionName = "jobs";

    public string PartitionKey { get; set; } = PartitionName;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Owner { get; set; } = "";
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset AcquiredAt { get; set; }
}
