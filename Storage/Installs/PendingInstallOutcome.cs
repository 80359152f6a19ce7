namespace ThiDuaBot.Storage.Installs;

/// <summary>What Microsoft Graph answered when the bot asked to be installed for a person.</summary>
public enum PendingInstallOutcome
{
    /// <summary>Graph accepted the install (201 Created): Teams will tell the bot when it is done.</summary>
    Requested,
    /// <summary>Graph said the app is already installed for the person (409 Conflict).</summary>
    AlreadyInstalled,
    /// <summary>
    /// Graph refused the install for this person (e.g. 404, 403): nothing is pending, the row only remembers when the
    /// bot last asked, so the same person is not asked again within a day.
    /// </summary>
    Failed,
}
