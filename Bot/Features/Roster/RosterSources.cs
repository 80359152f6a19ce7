namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>Where a person on the roster came from (<c>Person.Source</c>).</summary>
public static class RosterSources
{
    public const string Csv = "csv";
    public const string Graph = "graph";
}
