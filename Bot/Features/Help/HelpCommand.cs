using ThiDuaBot.Bot.Features.Commands;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Help;

/// <summary><c>trợ giúp</c> / <c>help</c>: the help card, in the language of the person's Teams.</summary>
public sealed class HelpCommand : IChatCommand
{
    public IReadOnlyList<string> Aliases { get; } = ["trợ giúp", "help", "hướng dẫn", "?", "menu"];

    public HelpEntry? Describe(Strings strings) => new(strings.HelpCommandWord, strings.HelpCommandDescription);

    public async Task RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var strings = context.Turn.Strings;
        var card = HelpCard.Build(strings, context.Catalog.HelpEntries(strings));
        await context.Turn.ReplyCardAsync(card, cancellationToken).ConfigureAwait(false);
    }
}
