namespace ThiDuaBot.Storage.Progress;

/// <summary>What saving came to, and the report as it now stands (null when nothing is stored for the person).</summary>
public sealed record ProgressSaveResult(ProgressSaveOutcome Outcome, StoredProgress? Progress);
