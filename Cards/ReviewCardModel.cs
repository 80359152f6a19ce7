namespace ThiDuaBot.Cards;

/// <summary>
/// What the phase review card shows (<i>sơ kết</i> of a phase, <i>tổng kết</i> of the year). <see cref="Units"/> come in
/// the order the card lists them.
/// </summary>
public sealed record ReviewCardModel
{
    /// <summary>The final review of the year (true) or an interim review of a phase.</summary>
    public required bool Final { get; init; }
    public required string PhaseName { get; init; }
    /// <summary>The phase's place in the campaign, for the Word export's command (<c>xuất báo cáo word 1</c>).</summary>
    public required int PhaseNumber { get; init; }
    public required int Year { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    public required string CampaignTitle { get; init; }
    /// <summary>Posted to the council channel by the bot when the phase ended (true), or asked for.</summary>
    public required bool Official { get; init; }
    public required DateTimeOffset ShownAt { get; init; }
    /// <summary>The months counted (MM/yyyy), first to last.</summary>
    public required IReadOnlyList<string> MonthsCounted { get; init; }
    public required int Members { get; init; }
    public required int Pledged { get; init; }
    public required int PledgedPercent { get; init; }
    public required int Reports { get; init; }
    public required int Expected { get; init; }
    public required int ReportedPercent { get; init; }
    public required int UnitReports { get; init; }
    public required int UnitReportsExpected { get; init; }
    public required IReadOnlyList<ReviewCardUnit> Units { get; init; }
    public required IReadOnlyList<ReviewCardMonth> Months { get; init; }
    public required IReadOnlyList<DigestCardTitle> Titles { get; init; }
    public required IReadOnlyList<UnitMonthArea> Areas { get; init; }
    public required IReadOnlyList<ReviewCardDeed> Deeds { get; init; }
    /// <summary>Absolute URL of the chart's PNG, the chart element's fallback; null: a text fallback.</summary>
    public string? ChartImageUrl { get; init; }
}
