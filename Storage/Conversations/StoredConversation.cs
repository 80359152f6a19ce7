namespace ThiDuaBot.Storage.Conversations;

/// <summary>
/// A conversation the bot is installed in (a personal chat or a team channel): everything needed to
/// message it later. This is the Bot Framework "conversation reference", in storage terms.
/// </summary>
public sealed record StoredConversation
{
    public required string TenantId { get; init; }
    public required string ConversationId { get; init; }
    /// <summary><c>personal</c>, <c>channel</c> or <c>groupChat</c>.</summary>
    public required string ConversationType { get; init; }
    public required string ServiceUrl { get; init; }
    public required string ChannelId { get; init; }
    public required string BotId { get; init; }
    public string? BotName { get; init; }
    /// <summary>The person, for a personal chat.</summary>
    public string? UserId { get; init; }
    public string? UserAadObjectId { get; init; }
    public string? UserName { get; init; }
    public string? TeamId { get; init; }
    public string? TeamAadGroupId { get; init; }
    public string? TeamName { get; init; }
    public string? Locale { get; init; }
    public bool Installed { get; init; } = true;
    public DateTimeOffset? InstalledAt { get; init; }
    public DateTimeOffset? UninstalledAt { get; init; }
    public DateTimeOffset? WelcomedAt { get; init; }
}
