using ThiDuaBot.Bot.Features.Progress;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// The council's digest of one campaign month, as <see cref="DigestBuilder"/> computes it from storage: participation
/// by unit (roster order), the totals, the titles aimed at, statuses by content area, the units that have not
/// submitted their monthly report, the confirmed good deeds, and the change since the month before.
/// </summary>
public sealed record MonthlyDigest
{
    public required ProgressMonth Month { get; init; }
    public required string CampaignTitle { get; init; }
    public required IReadOnlyList<DigestUnitLine> Units { get; init; }
    public required IReadOnlyList<DigestTitleCount> Titles { get; init; }
    public required IReadOnlyList<DigestAreaCount> Areas { get; init; }
    public required IReadOnlyList<DigestDeed> Deeds { get; init; }
    /// <summary>Null when the month before has no day in a phase (the first month of the campaign).</summary>
    public DigestChange? Change { get; init; }

    public int Members => Units.Sum(u => u.Members);
    public int Pledged => Units.Sum(u => u.Pledged);
    public int Reported => Units.Sum(u => u.Reported);
    public int Late => Units.Sum(u => u.Late);
    public int ReportedPercent => DigestMath.Percent(Reported, Members);
    public int Done => Areas.Sum(a => a.Done);

    /// <summary>Units with members whose monthly report is not submitted, in roster order.</summary>
    public IReadOnlyList<DigestUnitLine> UnitsWithoutReport => [.. Units.Where(u => u.Members > 0 && !u.ReportSubmitted)];

    /// <summary>Every unit with members has submitted its monthly report (and there is at least one).</summary>
    public bool EveryUnitSubmitted => Units.Any(u => u.Members > 0) && UnitsWithoutReport.Count == 0;
}
