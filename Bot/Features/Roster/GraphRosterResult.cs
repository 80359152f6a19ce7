namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>
/// The roster rows read from Microsoft Graph, what was left out and why, or the problem that stopped the read.
/// </summary>
public sealed record GraphRosterResult
{
    public IReadOnlyList<RosterRow> Rows { get; init; } = [];
    public RosterProblem? Error { get; init; }
    /// <summary>Accounts that are disabled (<c>accountEnabled: false</c>).</summary>
    public int SkippedDisabled { get; init; }
    /// <summary>Guests (<c>userType: Guest</c> or a <c>#EXT#</c> sign-in name).</summary>
    public int SkippedGuests { get; init; }
    /// <summary>Users outside <c>Roster:Graph:Departments</c>.</summary>
    public int SkippedOtherDepartments { get; init; }
    /// <summary>Members of the council group that are not users on the roster (groups, devices, disabled or guest accounts).</summary>
    public int CouncilMembersNotImported { get; init; }

    /// <summary>False when Graph would not give the users' managers: unit heads then come from job titles only.</summary>
    public bool ManagersRead { get; init; } = true;

    public bool Succeeded => Error is null;
}
