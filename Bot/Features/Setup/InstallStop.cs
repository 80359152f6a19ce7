namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>Why a batch of installs stopped before asking for everyone: a problem of the app, not of one person.</summary>
public enum InstallStop
{
    None,
    /// <summary>No app credentials or no <c>Roster:Graph:TeamsAppId</c>: Graph was not called.</summary>
    NotConfigured,
    /// <summary>401, or 403 naming a missing permission: the app lacks TeamsAppInstallation.ReadWriteSelfForUser.All (or its consent).</summary>
    PermissionMissing,
    /// <summary>The bot could not get a token for Graph in the tenant.</summary>
    SignInFailed,
}
