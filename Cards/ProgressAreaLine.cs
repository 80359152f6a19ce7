namespace ThiDuaBot.Cards;

/// <summary>One content area on the summary: its title, the status in the card's language, and what was achieved (may be empty).</summary>
public sealed record ProgressAreaLine(string Title, string Status, string Achieved);
