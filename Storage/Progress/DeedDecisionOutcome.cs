namespace ThiDuaBot.Storage.Progress;

public enum DeedDecisionOutcome
{
    /// <summary>The decision was stored.</summary>
    Saved,
    /// <summary>The same decision on the same deed was stored already (a double click): nothing stored.</summary>
    Unchanged,
    /// <summary>The unit's report for the month exists: decisions no longer change, nothing stored.</summary>
    MonthClosed,
    /// <summary>Other writers kept changing the decision at the same moment; nothing stored, try again.</summary>
    Conflict,
}
