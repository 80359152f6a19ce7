namespace ThiDuaBot.Cards;

/// <summary>One unit's line on the pledge round digest: members, pledged (and its percentage), not yet, collective pledge in.</summary>
public sealed record PledgeDigestCardUnit(string Name, int Members, int Pledged, int Percent, int NotYet, bool CollectivePledged);
