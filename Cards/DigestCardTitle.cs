namespace ThiDuaBot.Cards;

/// <summary>A title aimed at and how many pledges aim at it; <see cref="Collective"/> for a unit's title.</summary>
public sealed record DigestCardTitle(string Name, bool Collective, int Count);
