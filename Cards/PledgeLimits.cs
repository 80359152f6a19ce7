namespace ThiDuaBot.Cards;

/// <summary>
/// How much a pledge may say. The card's inputs carry these limits (Teams stops typing at them) and the server
/// checks them again on every submission. They keep a pledge readable in roll-ups and digests, keep the card
/// (which echoes the texts back after a refusal) far under Teams' 28 KB, and stay far below Azure Tables' 32,768
/// characters per property.
/// </summary>
public static class PledgeLimits
{
    /// <summary>Concrete targets: a short list of the year's targets, about a page (300–350 Vietnamese words).</summary>
    public const int MaxTargetsLength = 2_000;

    /// <summary>The commitment statement: a paragraph.</summary>
    public const int MaxCommitmentLength = 1_000;

    /// <summary>Largest numeric target for a person (e.g. initiatives in a year); more is a typo.</summary>
    public const int MaxIndividualNumber = 100;

    /// <summary>Largest numeric target for a unit.</summary>
    public const int MaxCollectiveNumber = 1_000;
}
