namespace ThiDuaBot.Storage.Progress;

/// <summary>A unit's monthly report (<c>unit|{unit}</c> row), so far only who submitted it and when; it closes the unit's month.</summary>
public sealed record UnitMonthReport(string UnitId, string Month, DateTimeOffset SubmittedAt, ProgressAuthor SubmittedBy);
