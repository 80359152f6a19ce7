namespace ThiDuaBot.Cards;

/// <summary>What the summary of a stored pledge shows; texts already in the card's language.</summary>
public sealed record PledgeSummaryModel
{
    /// <summary>For the edit button.</summary>
    public required PledgeActionData Action { get; init; }
    public required string CampaignTitle { get; init; }
    /// <summary>The person; for a unit's pledge, the unit head who saved the current version.</summary>
    public required string PersonName { get; init; }
    public required string UnitName { get; init; }
    public required DateOnly Deadline { get; init; }
    /// <summary>Before the deadline: the edit button is there. After it the pledge is shown as final.</summary>
    public required bool Editable { get; init; }
    public required string TitleName { get; init; }
    public required IReadOnlyList<string> ContentAreaTitles { get; init; }
    public required string Targets { get; init; }
    public IReadOnlyList<PledgeNumberValue> Numbers { get; init; } = [];
    public required string Commitment { get; init; }
    public required int Version { get; init; }
    /// <summary>When the current version was saved, in the campaign's time zone.</summary>
    public required DateTimeOffset SavedAt { get; init; }
    /// <summary>What changed from the version before, one line each (empty for version 1).</summary>
    public IReadOnlyList<string> Changes { get; init; } = [];
    public IReadOnlyList<string> Notices { get; init; } = [];
    public IReadOnlyList<string> Errors { get; init; } = [];
}
