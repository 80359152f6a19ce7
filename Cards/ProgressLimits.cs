namespace ThiDuaBot.Cards;

/// <summary>
/// How much a monthly report may say. The card's inputs carry these limits and the server checks them again on every
/// submission (after trimming and NFC, like the pledge). The total keeps the card that echoes a refused report back
/// under Teams' 28 KB even with 30 content areas, and the stored areas far below Azure Tables' 32,768 characters per property.
/// </summary>
public static class ProgressLimits
{
    /// <summary>What was achieved in one content area this month: a paragraph.</summary>
    public const int MaxAchievedLength = 1_000;

    /// <summary>What was achieved, all content areas together.</summary>
    public const int MaxAchievedTotalLength = 4_000;

    /// <summary>The good deed or exemplar's description.</summary>
    public const int MaxGoodDeedLength = 1_500;

    /// <summary>The colleague's name when the good deed is about a colleague.</summary>
    public const int MaxColleagueNameLength = 100;
}
