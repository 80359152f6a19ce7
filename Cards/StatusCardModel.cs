namespace ThiDuaBot.Cards;

/// <summary>
/// What the campaign status card shows: reachability totals, per unit, who is waiting for ThiDuaBot to be installed, and
/// who cannot be reached and why.
/// </summary>
public sealed record StatusCardModel
{
    public string? CampaignTitle { get; init; }
    public int PersonalChat { get; init; }
    public int ThroughTeam { get; init; }
    /// <summary>People ThiDuaBot was asked to be installed for, not confirmed by Teams yet (not counted as unreachable).</summary>
    public int InstallPending { get; init; }
    public int Unreachable { get; init; }
    public IReadOnlyList<StatusUnitLine> Units { get; init; } = [];
    /// <summary>Name, unit and reason (already localized) of each unreachable person.</summary>
    public IReadOnlyList<PersonLine> UnreachablePeople { get; init; } = [];
    /// <summary>Name, unit and state of the request (already localized) of each person waiting for the install.</summary>
    public IReadOnlyList<PersonLine> PendingPeople { get; init; } = [];
}

public sealed record StatusUnitLine(string Name, int Reachable, int Total);

