namespace ThiDuaBot.Storage.Progress;

/// <summary>One content area of the month's report: its status and what was achieved (may be empty).</summary>
public sealed record ProgressAreaReport(string AreaId, ProgressStatus Status, string Achieved);
