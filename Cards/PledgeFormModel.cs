namespace ThiDuaBot.Cards;

/// <summary>What the pledge form shows: who, the campaign's choices, the values to prefill, and messages on top.</summary>
public sealed record PledgeFormModel
{
    public required PledgeActionData Action { get; init; }
    public required string CampaignTitle { get; init; }
    /// <summary>The person pledging; for a unit's pledge, its head.</summary>
    public required string PersonName { get; init; }
    public required string UnitName { get; init; }
    public required DateOnly Deadline { get; init; }
    public required IReadOnlyList<PledgeChoice> Titles { get; init; }
    public required IReadOnlyList<PledgeChoice> ContentAreas { get; init; }
    public IReadOnlyList<PledgeNumberInput> Numbers { get; init; } = [];
    public string? TitleId { get; init; }
    public IReadOnlyList<string> ContentAreaIds { get; init; } = [];
    public string? Targets { get; init; }
    public string? Commitment { get; init; }
    /// <summary>Why the last submission was refused, shown at the top in the attention colour.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];
    public IReadOnlyList<string> Notices { get; init; } = [];
    /// <summary>
    /// Ask Teams to refresh the card when it is shown (<see cref="PledgeCard.RefreshVerb"/>): only on an untouched form,
    /// so a refresh never throws away values the person typed or errors they must read.
    /// </summary>
    public bool Refresh { get; init; }
}
