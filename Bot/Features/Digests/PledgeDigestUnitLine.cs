namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// One unit in the pledge round digest: members (active people of the unit who pledge individually), of them who had
/// pledged at the digest's moment and a week earlier, and whether the unit's collective pledge is in.
/// </summary>
public sealed record PledgeDigestUnitLine(string UnitId, string Name, int Members, int Pledged, int PledgedWeekAgo, bool CollectivePledged)
{
    /// <summary>Pledged of members, 0 to 100, rounded down; 0 for a unit without members.</summary>
    public int PledgedPercent => DigestMath.Percent(Pledged, Members);

    /// <summary>Members who have not pledged yet.</summary>
    public int NotYet => Members - Pledged;
}
