namespace ThiDuaBot.Storage.Installs;

/// <summary>What Microsoft Graph answered when the bot asked to be installed for a person.</summary>
public enum PendingInstallOutcome
{
    /// <summary>Graph accepted the install (201 Created): Teams will tell the bot when it is done.</summary>
    Requested,
    /// <summary>Graph said the app is already installed for the person (409 Conflict).</summary>
    AlreadyInstalled,
}
