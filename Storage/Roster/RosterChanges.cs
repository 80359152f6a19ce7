namespace ThiDuaBot.Storage.Roster;

/// <summary>Rows to write to a campaign's roster in one go: people and units as they should now be.</summary>
public sealed record RosterChanges(IReadOnlyList<Person> People, IReadOnlyList<Unit> Units);
