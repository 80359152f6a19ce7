using ThiDuaBot.Bot.Protocol;

namespace ThiDuaBot.Bot.Features.Commands;

/// <summary>Runs the command a message names; anything else gets the short help, never silence.</summary>
public sealed class CommandMessageHandler(CommandCatalog catalog) : IMessageHandler
{
    private const int MaxEchoLength = 60;

    public async Task HandleAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        if (catalog.Match(text) is { } match)
        {
            await match.Command.RunAsync(new CommandContext(turn, match.Arguments, catalog), cancellationToken).ConfigureAwait(false);
            return;
        }
        var echo = text.Length > MaxEchoLength ? text[..MaxEchoLength] + "…" : text;
        await turn.ReplyTextAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, turn.Strings.UnknownCommand, echo), cancellationToken).ConfigureAwait(false);
    }
}
