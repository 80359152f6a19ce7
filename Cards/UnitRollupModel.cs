namespace ThiDuaBot.Cards;

/// <summary>
/// What the unit head's roll-up shows: who in the unit has pledged (and the title they aim at), who has not, the unit's
/// own pledge, whether nudging is possible now, and the outcome of the last press on top.
/// </summary>
public sealed record UnitRollupModel
{
    public required string CampaignId { get; init; }
    public required string UnitId { get; init; }
    public required string CampaignTitle { get; init; }
    public required string UnitName { get; init; }
    public required DateOnly Deadline { get; init; }
    /// <summary>The unit head's Teams user id (<c>29:…</c>): Teams refreshes the card for them alone. Null: no automatic refresh.</summary>
    public string? HeadUserId { get; init; }
    /// <summary>True while the round is launched and open: the nudge buttons are shown.</summary>
    public bool CanNudge { get; init; }
    /// <summary>Why nudging is not possible now (already localized); null when it is.</summary>
    public string? RoundNote { get; init; }
    /// <summary>The title the unit's own pledge aims at; null while the unit has not pledged.</summary>
    public string? CollectiveTitle { get; init; }
    public IReadOnlyList<UnitRollupMember> Pledged { get; init; } = [];
    public IReadOnlyList<UnitRollupMember> NotPledged { get; init; } = [];
    /// <summary>The outcome of the last press, shown on top (already localized).</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
    public IReadOnlyList<string> Errors { get; init; } = [];
    /// <summary>When the card was built, in the campaign's time zone.</summary>
    public required DateTimeOffset ShownAt { get; init; }
}

/// <summary>One member of the unit on the roll-up: sign-in name (for the nudge button), name, and title aimed at once pledged.</summary>
public sealed record UnitRollupMember(string SignInName, string Name, string? TitleName = null);
