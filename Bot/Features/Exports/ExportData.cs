using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Progress;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>Everything an export shows, read from storage once: the roster, the pledges and, per month, the reports.</summary>
public sealed record ExportData
{
    public required PledgeCampaign Campaign { get; init; }
    public required ExportMonths Months { get; init; }
    /// <summary>When the data was read (shown on the files).</summary>
    public required DateTimeOffset ReadAt { get; init; }
    public required IReadOnlyList<Person> People { get; init; }
    public required IReadOnlyList<StoredPledge> Pledges { get; init; }
    public required IReadOnlyList<ExportMonthData> Reports { get; init; }

    public Person? FindPerson(string? signInName) =>
        signInName is null ? null : People.FirstOrDefault(p => string.Equals(p.SignInName, signInName, StringComparison.OrdinalIgnoreCase));

    public string PersonName(string? signInName) => FindPerson(signInName)?.DisplayName ?? signInName ?? "";
}

/// <summary>One month of reports: every person's current report, the unit reports (every version) and the heads' decisions on good deeds.</summary>
public sealed record ExportMonthData(
    ProgressMonth Month,
    IReadOnlyList<StoredProgress> People,
    IReadOnlyList<UnitMonthReport> UnitReports,
    IReadOnlyList<StoredDeedDecision> DeedDecisions);
