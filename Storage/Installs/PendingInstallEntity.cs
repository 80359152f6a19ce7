using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Installs;

/// <summary>Table row of <see cref="PendingInstall"/>. PartitionKey: tenant id. RowKey: object id, lower case.</summary>
internal sealed class PendingInstallEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public DateTimeOffset RequestedAt { get; set; }
    public string Outcome { get; set; } = "";
    public string? RequestedByAadObjectId { get; set; }

    public static PendingInstallEntity From(PendingInstall p) => new()
    {
        PartitionKey = PendingInstallKeys.Partition(p.TenantId),
        RowKey = PendingInstallKeys.Row(p.AadObjectId),
        RequestedAt = p.RequestedAt,
        Outcome = p.Outcome.ToString(),
        RequestedByAadObjectId = p.RequestedByAadObjectId,
    };

    public PendingInstall ToRecord() => new()
    {
        TenantId = KeyEncoder.Decode(PartitionKey),
        AadObjectId = KeyEncoder.Decode(RowKey),
        RequestedAt = RequestedAt,
        Outcome = Enum.TryParse<PendingInstallOutcome>(Outcome, out var outcome) ? outcome : PendingInstallOutcome.Requested,
        RequestedByAadObjectId = RequestedByAadObjectId,
    };
}
