namespace ThiDuaBot.Storage.Progress;

public enum UnitReportOutcome
{
    /// <summary>Version 1 was stored: the month is now closed for the unit's people.</summary>
    Submitted,
    /// <summary>A report exists already (a double click, or another head): nothing stored, the stored one is returned.</summary>
    AlreadySubmitted,
    /// <summary>A new version was stored.</summary>
    Amended,
    /// <summary>This card's amendment was stored already: nothing stored.</summary>
    AlreadySaved,
    /// <summary>There is no report to amend: nothing stored.</summary>
    NotSubmitted,
    /// <summary>The council digest of the month is posted: the report can no longer be amended, nothing stored.</summary>
    DigestPosted,
    /// <summary>Other writers kept changing the report at the same moment; nothing stored, try again.</summary>
    Conflict,
}
