namespace ThiDuaBot.Cards;

/// <summary>An optional numeric target on the pledge form, with the value as typed (kept after a refusal).</summary>
public sealed record PledgeNumberInput(string Id, string Label, int Max, string? Value);
