using Azure;

namespace ThiDuaBot.Storage.Outbox;

/// <summary>One row of the outbox: a send to one recipient and where it stands. <see cref="ETag"/> guards every change.</summary>
public sealed record OutboxRecord
{
    public required string BatchId { get; init; }
    public required string Key { get; init; }
    public required string TenantId { get; init; }
    public required string ServiceUrl { get; init; }
    /// <summary>The conversation to post to: given at enqueue, or the 1:1 chat the outbox created (kept so a retry does not create again).</summary>
    public string? ConversationId { get; init; }
    public string? BotId { get; init; }
    public string? UserId { get; init; }
    public string? UserAadObjectId { get; init; }
    /// <summary>The activity's JSON (UTF-8). Empty when the row was read without it.</summary>
    public byte[] Activity { get; init; } = [];

    public OutboxStatus Status { get; init; }
    /// <summary>Attempts that reached the Connector or failed trying (throttled ones included).</summary>
    public int Attempts { get; init; }
    /// <summary>Attempts answered with 429.</summary>
    public int Throttled { get; init; }
    public int? LastStatusCode { get; init; }
    /// <summary>Why the last attempt failed, or why the row is unreachable, failed or uncertain.</summary>
    public string? LastError { get; init; }
    public string? SentActivityId { get; init; }
    /// <summary>True once the outbox created the 1:1 chat in <see cref="ConversationId"/>.</summary>
    public bool ConversationCreated { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>When the row's queue message is (or was) due: enqueue time, or the time a retry may start.</summary>
    public DateTimeOffset DueAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    /// <summary>When the sweeper last gave the row a new queue message (it then leaves the row alone for a while).</summary>
    public DateTimeOffset? RequeuedAt { get; init; }

    /// <summary>The worker instance that holds the row while <see cref="OutboxStatus.Sending"/>.</summary>
    public string? LeaseOwner { get; init; }
    public DateTimeOffset? LeaseExpiresAt { get; init; }
    /// <summary>
    /// While sending: true once the claim covers posting the activity itself (so a lapsed lease means Teams may have
    /// it); false while it only covers creating the 1:1 chat, which is safe to repeat.
    /// </summary>
    public bool Posting { get; init; }

    public ETag ETag { get; init; }
}
