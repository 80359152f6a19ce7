namespace ThiDuaBot.Storage.Outbox;

/// <summary>
/// Keys of the outbox tables. Items: one partition per batch (a batch's progress is one partition query), one row per
/// idempotency key. Batches: one partition holding a row per batch, so the sweeper finds the open ones in one query.
/// </summary>
public static class OutboxKeys
{
    public const string BatchesPartition = "batches";

    public static string Partition(string batchId) => KeyEncoder.Encode(batchId);

    public static string Row(string idempotencyKey) => KeyEncoder.Encode(idempotencyKey);

    public static string BatchRow(string batchId) => KeyEncoder.Encode(batchId);
}
