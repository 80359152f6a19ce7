using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Outbox;

/// <summary>
/// Table row of <see cref="OutboxRecord"/>. PartitionKey: encoded batch id. RowKey: encoded idempotency key.
/// The activity JSON is kept as binary in up to <see cref="ActivityChunks"/> properties of 64 KiB (Azure Tables'
/// limit per property), so a card of Teams' largest allowed size fits.
/// </summary>
internal sealed class OutboxItemEntity : ITableEntity
{
    public const int ChunkSize = 64 * 1024;
    public const int ActivityChunks = 4;
    public const int MaxActivityBytes = ChunkSize * ActivityChunks;

    /// <summary>The columns the progress report reads (no activity bytes).</summary>
    public static readonly IReadOnlyList<string> ReportColumns =
        [nameof(Key), nameof(Status), nameof(UserId), nameof(UserAadObjectId), nameof(ConversationId), nameof(LastStatusCode), nameof(LastError), nameof(Attempts), nameof(UpdatedAt)];

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string BatchId { get; set; } = "";
    public string Key { get; set; } = "";
    public string TenantId { get; set; } = "";
    public string ServiceUrl { get; set; } = "";
    public string? ConversationId { get; set; }
    public string? BotId { get; set; }
    public string? UserId { get; set; }
    public string? UserAadObjectId { get; set; }
    public byte[]? Activity0 { get; set; }
    public byte[]? Activity1 { get; set; }
    public byte[]? Activity2 { get; set; }
    public byte[]? Activity3 { get; set; }

    public string Status { get; set; } = nameof(OutboxStatus.Queued);
    public int Attempts { get; set; }
    public int Throttled { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public string? SentActivityId { get; set; }
    public bool ConversationCreated { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? RequeuedAt { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseExpiresAt { get; set; }
    public bool Posting { get; set; }

    public static OutboxItemEntity From(OutboxRecord r)
    {
        if (r.Activity.Length > MaxActivityBytes)
        {
            throw new ArgumentException($"The activity is {r.Activity.Length} bytes; the outbox keeps at most {MaxActivityBytes}.", nameof(r));
        }
        var entity = new OutboxItemEntity
        {
            PartitionKey = OutboxKeys.Partition(r.BatchId),
            RowKey = OutboxKeys.Row(r.Key),
            ETag = r.ETag,
            BatchId = r.BatchId,
            Key = r.Key,
            TenantId = r.TenantId,
            ServiceUrl = r.ServiceUrl,
            ConversationId = r.ConversationId,
            BotId = r.BotId,
            UserId = r.UserId,
            UserAadObjectId = r.UserAadObjectId,
            Status = r.Status.ToString(),
            Attempts = r.Attempts,
            Throttled = r.Throttled,
            LastStatusCode = r.LastStatusCode,
            LastError = r.LastError,
            SentActivityId = r.SentActivityId,
            ConversationCreated = r.ConversationCreated,
            CreatedAt = r.CreatedAt,
            UpdatedAt = r.UpdatedAt,
            DueAt = r.DueAt,
            SentAt = r.SentAt,
            RequeuedAt = r.RequeuedAt,
            LeaseOwner = r.LeaseOwner,
            LeaseExpiresAt = r.LeaseExpiresAt,
            Posting = r.Posting,
        };
        entity.Activity0 = Chunk(r.Activity, 0);
        entity.Activity1 = Chunk(r.Activity, 1);
        entity.Activity2 = Chunk(r.Activity, 2);
        entity.Activity3 = Chunk(r.Activity, 3);
        return entity;
    }

    public OutboxRecord ToRecord() => new()
    {
        BatchId = BatchId,
        Key = Key,
        TenantId = TenantId,
        ServiceUrl = ServiceUrl,
        ConversationId = ConversationId,
        BotId = BotId,
        UserId = UserId,
        UserAadObjectId = UserAadObjectId,
        Activity = [.. Activity0 ?? [], .. Activity1 ?? [], .. Activity2 ?? [], .. Activity3 ?? []],
        Status = Enum.TryParse<OutboxStatus>(Status, out var status) ? status : OutboxStatus.Failed,
        Attempts = Attempts,
        Throttled = Throttled,
        LastStatusCode = LastStatusCode,
        LastError = LastError,
        SentActivityId = SentActivityId,
        ConversationCreated = ConversationCreated,
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
        DueAt = DueAt,
        SentAt = SentAt,
        RequeuedAt = RequeuedAt,
        LeaseOwner = LeaseOwner,
        LeaseExpiresAt = LeaseExpiresAt,
        Posting = Posting,
        ETag = ETag,
    };

    private static byte[]? Chunk(byte[] bytes, int index)
    {
        var start = index * ChunkSize;
        return start >= bytes.Length ? null : bytes[start..Math.Min(bytes.Length, start + ChunkSize)];
    }
}
