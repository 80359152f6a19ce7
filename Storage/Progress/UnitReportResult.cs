namespace ThiDuaBot.Storage.Progress;

/// <summary>What writing a unit report came to, and the report as it now stands (null when there is none).</summary>
public sealed record UnitReportResult(UnitReportOutcome Outcome, UnitMonthReport? Report);
