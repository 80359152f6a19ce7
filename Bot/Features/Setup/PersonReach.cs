using ThiDuaBot.Storage.Installs;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>
/// Whether and how the bot can message one person of the roster, and the bot's last install request for them through
/// Microsoft Graph, if any (for <see cref="Reach.InstallPending"/>, the request being waited on).
/// </summary>
public sealed record PersonReach(Person Person, Reach Reach, UnreachableReason Reason, PendingInstall? LastRequest = null);
