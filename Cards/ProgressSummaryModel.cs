namespace ThiDuaBot.Cards;

/// <summary>What the summary of a stored monthly report shows; texts already in the card's language.</summary>
public sealed record ProgressSummaryModel
{
    /// <summary>For the edit button.</summary>
    public required ProgressActionData Action { get; init; }
    public required string CampaignTitle { get; init; }
    public required string MonthText { get; init; }
    public required string PersonName { get; init; }
    public required string UnitName { get; init; }
    public required string TitleName { get; init; }
    /// <summary>While the month is open for the person the edit button is there; after it the report is shown as final.</summary>
    public required bool Editable { get; init; }
    public required IReadOnlyList<ProgressAreaLine> Areas { get; init; }
    /// <summary>Who the good deed is about (already worded), and what; null when none was put forward.</summary>
    public string? GoodDeedAbout { get; init; }
    public string? GoodDeedText { get; init; }
    public required int Version { get; init; }
    /// <summary>When the current version was saved, in the campaign's time zone.</summary>
    public required DateTimeOffset SavedAt { get; init; }
    public IReadOnlyList<string> Notices { get; init; } = [];
    public IReadOnlyList<string> Errors { get; init; } = [];
}
