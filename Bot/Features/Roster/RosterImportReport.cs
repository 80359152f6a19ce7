using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>What an import did (or, from the planner, will do) to a campaign's roster.</summary>
public sealed record RosterImportReport
{
    public IReadOnlyList<PersonChange> Added { get; init; } = [];
    public IReadOnlyList<PersonChange> Changed { get; init; } = [];
    /// <summary>People on the roster who are not in the import: marked as left, their history kept.</summary>
    public IReadOnlyList<PersonChange> Removed { get; init; } = [];
    public int Unchanged { get; init; }
    public IReadOnlyList<RejectedRow> Rejected { get; init; } = [];
    public IReadOnlyList<Unit> UnitsAdded { get; init; } = [];
    /// <summary>Units renamed, or back in use after having been left.</summary>
    public IReadOnlyList<Unit> UnitsChanged { get; init; } = [];
    /// <summary>Units nobody on the roster belongs to any more: marked inactive.</summary>
    public IReadOnlyList<Unit> UnitsDeactivated { get; init; } = [];
    /// <summary>Council secretaries named in configuration who are not in the import but stay on the roster.</summary>
    public IReadOnlyList<string> SecretariesKept { get; init; } = [];
    /// <summary>Council secretaries named in configuration (sign-in name or object id) who are neither in the import nor on the roster.</summary>
    public IReadOnlyList<string> SecretariesMissing { get; init; } = [];
    /// <summary>
    /// Set when no row could be taken: then nobody is removed either, since an empty or unreadable import says
    /// nothing about who left.
    /// </summary>
    public RosterProblem? Warning { get; init; }

    public bool HasChanges =>
        Added.Count + Changed.Count + Removed.Count + UnitsAdded.Count + UnitsChanged.Count + UnitsDeactivated.Count > 0;
}
