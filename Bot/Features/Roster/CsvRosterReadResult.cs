namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>The rows of a roster file, or the one problem that stops the whole file from being read.</summary>
public sealed record CsvRosterReadResult(IReadOnlyList<RosterRow> Rows, RosterProblem? Error)
{
    public bool Succeeded => Error is null;

    public static CsvRosterReadResult Failed(RosterProblem error) => new([], error);
}
