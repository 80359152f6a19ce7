namespace ThiDuaBot.Storage.Progress;

public enum ProgressSaveOutcome
{
    /// <summary>A new version was stored.</summary>
    Saved,
    /// <summary>The content is the current version's: nothing stored.</summary>
    Unchanged,
    /// <summary>This card's submission was stored already (a double click): nothing stored.</summary>
    AlreadySaved,
    /// <summary>The unit's report for the month exists: the month is closed, nothing stored.</summary>
    MonthClosed,
    /// <summary>Other writers kept changing the report at the same moment; nothing stored, try again.</summary>
    Conflict,
}
