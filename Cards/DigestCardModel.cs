namespace ThiDuaBot.Cards;

/// <summary>What the council digest card shows. <see cref="Units"/> come in the order the card lists them.</summary>
public sealed record DigestCardModel
{
    public required string MonthText { get; init; }
    public required string CampaignTitle { get; init; }
    /// <summary>The official monthly post to the council channel (true), or a digest asked for on demand.</summary>
    public required bool Official { get; init; }
    public required DateTimeOffset ShownAt { get; init; }
    public required int Members { get; init; }
    public required int Pledged { get; init; }
    public required int Reported { get; init; }
    public required int ReportedPercent { get; init; }
    public required int Late { get; init; }
    public required int Done { get; init; }
    public required IReadOnlyList<DigestCardUnit> Units { get; init; }
    /// <summary>Names of the units with members whose monthly report is not submitted.</summary>
    public required IReadOnlyList<string> UnitsWithoutReport { get; init; }
    public required IReadOnlyList<DigestCardTitle> Titles { get; init; }
    public required IReadOnlyList<UnitMonthArea> Areas { get; init; }
    public required IReadOnlyList<DigestCardDeed> Deeds { get; init; }
    /// <summary>The previous month (MM/yyyy), its reported percentage and done count; null in the campaign's first month.</summary>
    public string? PreviousMonthText { get; init; }
    public int PreviousReportedPercent { get; init; }
    public int PreviousDone { get; init; }
    /// <summary>Absolute URL of the participation chart's PNG, the chart element's fallback; null: a text fallback.</summary>
    public string? ChartImageUrl { get; init; }
}
