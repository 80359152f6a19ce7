namespace ThiDuaBot.Cards;

/// <summary>What the pledge round digest card shows. <see cref="Units"/> come in the order the card lists them.</summary>
public sealed record PledgeDigestCardModel
{
    public required string CampaignTitle { get; init; }
    /// <summary>Asked for with a command (true), or the scheduled post to the council channel.</summary>
    public required bool OnDemand { get; init; }
    /// <summary>The moment the figures are of, in the campaign's time zone.</summary>
    public required DateTimeOffset AsOf { get; init; }
    public required DateOnly Deadline { get; init; }
    /// <summary>Days to the deadline: 0 on the deadline day, negative once the round has closed.</summary>
    public required int DaysLeft { get; init; }
    public required int Members { get; init; }
    public required int Pledged { get; init; }
    public required int PledgedPercent { get; init; }
    public required int NotYet { get; init; }
    /// <summary>The day a week before <see cref="AsOf"/>, and how many had pledged then.</summary>
    public required DateOnly WeekAgo { get; init; }
    public required int PledgedWeekAgo { get; init; }
    public required int UnitsWithCollective { get; init; }
    public required IReadOnlyList<PledgeDigestCardUnit> Units { get; init; }
    public required IReadOnlyList<DigestCardTitle> Titles { get; init; }
    /// <summary>Absolute URL of the chart's PNG, the chart element's fallback; null: a text fallback.</summary>
    public string? ChartImageUrl { get; init; }
}
