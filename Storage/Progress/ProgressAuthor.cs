namespace ThiDuaBot.Storage.Progress;

/// <summary>Who saved a version of a report or a unit's monthly report.</summary>
public sealed record ProgressAuthor(string? AadObjectId, string? SignInName, string? Name);
