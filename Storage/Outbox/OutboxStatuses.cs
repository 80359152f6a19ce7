namespace ThiDuaBot.Storage.Outbox;

public static class OutboxStatuses
{
    /// <summary>Nothing more will be sent for a row in one of these.</summary>
    public static bool IsFinal(this OutboxStatus status) =>
        status is OutboxStatus.Sent or OutboxStatus.Unreachable or OutboxStatus.Failed or OutboxStatus.Uncertain;

    public static readonly IReadOnlyList<OutboxStatus> Open = [OutboxStatus.Queued, OutboxStatus.Sending, OutboxStatus.Retrying];
}
