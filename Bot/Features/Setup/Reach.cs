namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>How the bot can get a message to a person.</summary>
public enum Reach
{
    /// <summary>The person has ThiDuaBot installed: a personal chat reference is stored.</summary>
    PersonalChat,
    /// <summary>No chat yet, but ThiDuaBot is in a team the person belongs to, so the bot can open a 1:1 chat.</summary>
    ThroughTeam,
    /// <summary>
    /// Not reachable yet, but the bot asked Microsoft Graph to install ThiDuaBot for the person (or Graph said it is
    /// already installed) and is waiting for Teams to send the personal chat.
    /// </summary>
    InstallPending,
    /// <summary>The bot cannot reach the person: <see cref="UnreachableReason"/> says why.</summary>
    Unreachable,
}
