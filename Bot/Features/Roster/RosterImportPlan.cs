using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>The rows to write (only what differs from the stored roster) and the report that explains them.</summary>
public sealed record RosterImportPlan(RosterChanges Changes, RosterImportReport Report);
