namespace ThiDuaBot.Storage.Pledges;

public enum PledgeSaveOutcome
{
    /// <summary>A new version was stored.</summary>
    Saved,
    /// <summary>The content is the current version's: nothing stored.</summary>
    Unchanged,
    /// <summary>This card's submission was stored already (a double click): nothing stored.</summary>
    AlreadySaved,
    /// <summary>Other writers kept changing the pledge at the same moment; nothing stored, try again.</summary>
    Conflict,
}
