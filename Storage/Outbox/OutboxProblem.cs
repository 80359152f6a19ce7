namespace ThiDuaBot.Storage.Outbox;

/// <summary>A recipient the outbox could not (or may not) reach, and why: for the delivery report.</summary>
public sealed record OutboxProblem(
    string Key,
    OutboxStatus Status,
    string? UserId,
    string? UserAadObjectId,
    string? ConversationId,
    int? StatusCode,
    string? Reason,
    int Attempts,
    DateTimeOffset UpdatedAt);
