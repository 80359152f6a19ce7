using ThiDuaBot.Bot.Protocol;

namespace ThiDuaBot.Bot.Features.Commands;

/// <summary>A command being run: the turn, what followed the command word, and the catalog (for help).</summary>
public sealed record CommandContext(TurnContext Turn, string Arguments, CommandCatalog Catalog);
