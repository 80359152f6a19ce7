namespace ThiDuaBot.Cards;

/// <summary>What the progress form shows; texts already in the card's language.</summary>
public sealed record ProgressFormModel
{
    public required ProgressActionData Action { get; init; }
    public required string CampaignTitle { get; init; }
    /// <summary>The month as people read it: MM/yyyy.</summary>
    public required string MonthText { get; init; }
    public required string PersonName { get; init; }
    public required string UnitName { get; init; }
    /// <summary>The title the pledge aims at, and its concrete targets.</summary>
    public required string TitleName { get; init; }
    public required string Targets { get; init; }
    /// <summary>The status choices (id, text), the same for every content area.</summary>
    public required IReadOnlyList<PledgeChoice> Statuses { get; init; }
    /// <summary>The content areas the person pledged, in the campaign's order.</summary>
    public required IReadOnlyList<ProgressAreaInput> Areas { get; init; }
    /// <summary><see cref="ProgressCard.GoodDeedSelf"/>, <see cref="ProgressCard.GoodDeedColleague"/> or null.</summary>
    public string? GoodDeedAbout { get; init; }
    public string? GoodDeedName { get; init; }
    public string? GoodDeedText { get; init; }
    public IReadOnlyList<string> Errors { get; init; } = [];
    public IReadOnlyList<string> Notices { get; init; } = [];
}
