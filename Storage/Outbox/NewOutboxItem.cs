namespace ThiDuaBot.Storage.Outbox;

/// <summary>
/// One send to put in the outbox. The recipient is either an existing conversation (<see cref="ConversationId"/>)
/// or a person to open a 1:1 chat with (<see cref="BotId"/> and <see cref="UserId"/> or <see cref="UserAadObjectId"/>).
/// <see cref="Activity"/> is the activity's JSON, UTF-8.
/// </summary>
public sealed record NewOutboxItem(
    string Key,
    string TenantId,
    string ServiceUrl,
    string? ConversationId,
    string? BotId,
    string? UserId,
    string? UserAadObjectId,
    byte[] Activity);
