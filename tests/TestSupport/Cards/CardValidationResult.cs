namespace ThiDuaBot.TestSupport.Cards;

/// <summary>What the Adaptive Cards library said about one card.</summary>
/// <param name="Problems">Parse and validation events, one readable line each; empty when the card is clean.</param>
/// <param name="SizeBytes">UTF-8 size of the card as compact JSON with non-ASCII characters unescaped.</param>
/// <param name="Suppressed">Events the library raised for things Teams documents as valid (not problems).</param>
public sealed record CardValidationResult(IReadOnlyList<string> Problems, int SizeBytes, IReadOnlyList<string> Suppressed)
{
    public bool IsValid => Problems.Count == 0;
}
