namespace ThiDuaBot.Storage.Installs;

/// <summary>
/// The bot's last request to Microsoft Graph to install ThiDuaBot for a person. Unless it <see cref="PendingInstallOutcome.Failed"/>,
/// the bot is waiting for Teams to tell it (the personal <c>conversationUpdate</c>/<c>installationUpdate</c>); once the
/// personal chat is stored the row no longer matters.
/// </summary>
public sealed record PendingInstall
{
    public required string TenantId { get; init; }
    /// <summary>The person's Microsoft Entra object id, lower case.</summary>
    public required string AadObjectId { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
    public required PendingInstallOutcome Outcome { get; init; }
    /// <summary>The secretary who asked for it.</summary>
    public string? RequestedByAadObjectId { get; init; }
}
