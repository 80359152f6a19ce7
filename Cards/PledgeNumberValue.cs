namespace ThiDuaBot.Cards;

/// <summary>A numeric target as the summary shows it.</summary>
public sealed record PledgeNumberValue(string Label, int Value);
