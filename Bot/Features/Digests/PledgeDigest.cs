namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// The council's digest of the pledge round at a moment, as <see cref="PledgeDigestBuilder"/> computes it: pledges by
/// unit (roster order), the totals, the change since a week earlier, the titles aimed at so far, and how the moment
/// stands to the pledge deadline.
/// </summary>
public sealed record PledgeDigest
{
    public required string CampaignTitle { get; init; }
    /// <summary>The moment the figures are of, in the campaign's time zone.</summary>
    public required DateTimeOffset AsOf { get; init; }
    /// <summary>A week before <see cref="AsOf"/>: the change is counted since then.</summary>
    public required DateTimeOffset WeekAgo { get; init; }
    public required DateOnly Deadline { get; init; }
    public required IReadOnlyList<PledgeDigestUnitLine> Units { get; init; }
    public required IReadOnlyList<DigestTitleCount> Titles { get; init; }

    /// <summary>Days from the moment's local date to the deadline: 0 on the deadline day, negative once it has passed.</summary>
    public int DaysLeft => Deadline.DayNumber - DateOnly.FromDateTime(AsOf.DateTime).DayNumber;

    /// <summary>The deadline has passed: the figures are final.</summary>
    public bool RoundClosed => DaysLeft < 0;

    public int Members => Units.Sum(u => u.Members);
    public int Pledged => Units.Sum(u => u.Pledged);
    public int PledgedPercent => DigestMath.Percent(Pledged, Members);
    public int PledgedWeekAgo => Units.Sum(u => u.PledgedWeekAgo);
    public int PledgedWeekAgoPercent => DigestMath.Percent(PledgedWeekAgo, Members);
    public int NotYet => Members - Pledged;

    /// <summary>Listed units (those with members) whose collective pledge is in.</summary>
    public int UnitsWithCollective => Units.Count(u => u.CollectivePledged);
}
