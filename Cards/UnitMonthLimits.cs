namespace ThiDuaBot.Cards;

/// <summary>
/// How much a unit head may write in the unit's monthly report. The card's inputs carry these limits and the server
/// checks them again on every press (after trimming and NFC, like the other texts).
/// </summary>
public static class UnitMonthLimits
{
    /// <summary>The head's comment on the unit's month.</summary>
    public const int MaxCommentLength = 2_000;

    /// <summary>Why the report is amended.</summary>
    public const int MaxReasonLength = 500;
}
