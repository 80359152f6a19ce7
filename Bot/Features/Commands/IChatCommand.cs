using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Commands;

/// <summary>A command a person types in chat (<c>trợ giúp</c>, <c>đăng ký</c>, …). One class per command.</summary>
public interface IChatCommand
{
    /// <summary>Every way of writing the command, in Vietnamese and English; compared after <see cref="CommandText.Normalize"/>.</summary>
    IReadOnlyList<string> Aliases { get; }

    /// <summary>The line for the help card, or null to keep the command out of it.</summary>
    HelpEntry? Describe(Strings strings);

    Task RunAsync(CommandContext context, CancellationToken cancellationToken);
}
