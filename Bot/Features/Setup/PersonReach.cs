using ThiDuaBot.Storage.Installs;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>Whether and how the bot can message one person of the roster; for <see cref="Reach.InstallPending"/>, the request.</summary>
public sealed record PersonReach(Person Person, Reach Reach, UnreachableReason Reason, PendingInstall? Pending = null);
