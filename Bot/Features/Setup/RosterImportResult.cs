namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>A roster import as the secretary sees it: what happened (notices) or why nothing did (errors).</summary>
public sealed record RosterImportResult(bool Imported, IReadOnlyList<string> Notices, IReadOnlyList<string> Errors);
