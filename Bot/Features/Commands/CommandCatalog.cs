using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Commands;

/// <summary>Every chat command, and the matching of typed text to one of them (longest alias first).</summary>
public sealed class CommandCatalog
{
    private readonly IReadOnlyList<IChatCommand> _commands;
    private readonly IReadOnlyList<(string Alias, IChatCommand Command)> _aliases;

    public CommandCatalog(IEnumerable<IChatCommand> commands)
    {
        _commands = commands.ToList();
        var aliases = new List<(string, IChatCommand)>();
        var seen = new Dictionary<string, IChatCommand>(StringComparer.Ordinal);
        foreach (var command in _commands)
        {
            foreach (var alias in command.Aliases.Select(CommandText.Normalize).Distinct())
            {
                if (seen.TryGetValue(alias, out var other) && other != command)
                {
                    throw new InvalidOperationException($"The command word '{alias}' belongs to two commands.");
                }
                seen[alias] = command;
                aliases.Add((alias, command));
            }
        }
        _aliases = aliases.OrderByDescending(a => a.Item1.Length).ToList();
    }

    /// <summary>The command the text starts with, and the rest of the text (original spelling); null when none matches.</summary>
    public (IChatCommand Command, string Arguments)? Match(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var normalizedWords = words.Select(CommandText.Normalize).ToArray();
        foreach (var (alias, command) in _aliases)
        {
            var aliasWords = alias.Split(' ');
            if (aliasWords.Length > normalizedWords.Length)
            {
                continue;
            }
            if (aliasWords.Select((w, i) => w == normalizedWords[i]).All(equal => equal))
            {
                return (command, string.Join(' ', words.Skip(aliasWords.Length)));
            }
        }
        return null;
    }

    public IReadOnlyList<HelpEntry> HelpEntries(Strings strings) =>
        _commands.Select(c => c.Describe(strings)).OfType<HelpEntry>().ToList();
}
