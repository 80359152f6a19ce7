namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// One unit's participation in a month: members (active people of the unit who pledge individually), of them who
/// pledged, who reported, who is late (pledged but no report), and whether the unit's monthly report is submitted.
/// </summary>
public sealed record DigestUnitLine(string UnitId, string Name, int Members, int Pledged, int Reported, int Late, bool ReportSubmitted)
{
    /// <summary>Reported of members, 0 to 100, rounded down; 0 for a unit without members.</summary>
    public int ReportedPercent => DigestMath.Percent(Reported, Members);
}
