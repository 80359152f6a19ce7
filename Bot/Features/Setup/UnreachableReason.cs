namespace ThiDuaBot.Bot.Features.Setup;

public enum UnreachableReason
{
    None,
    /// <summary>Known only by sign-in name (CSV roster) and has never talked to the bot: no Microsoft 365 object id.</summary>
    NoAccountLink,
    /// <summary>ThiDuaBot is not installed for the person nor in any team they belong to.</summary>
    NotInstalled,
    /// <summary>The person uninstalled ThiDuaBot.</summary>
    Uninstalled,
}
