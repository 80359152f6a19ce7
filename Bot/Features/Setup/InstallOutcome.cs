namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>What became of the request to install ThiDuaBot for one person.</summary>
public enum InstallOutcome
{
    /// <summary>Microsoft Graph accepted the install (201 Created).</summary>
    Requested,
    /// <summary>ThiDuaBot is already installed for the person (409 Conflict).</summary>
    AlreadyInstalled,
    /// <summary>Graph refused or could not be reached: <see cref="InstallFailure"/> says why.</summary>
    Failed,
}
