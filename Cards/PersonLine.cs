namespace ThiDuaBot.Cards;

/// <summary>A person on a card's list, with their unit and why they are listed (already in the card's language).</summary>
public sealed record PersonLine(string Name, string Unit, string Reason);
