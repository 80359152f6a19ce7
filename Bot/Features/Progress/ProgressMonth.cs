using System.Globalization;
using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Progress;

namespace ThiDuaBot.Bot.Features.Progress;

/// <summary>One reporting month of a campaign: its first day, as stored (<c>yyyy-MM</c>) and as shown (<c>MM/yyyy</c>).</summary>
public sealed record ProgressMonth(DateOnly First)
{
    public DateOnly Last => First.AddMonths(1).AddDays(-1);

    /// <summary><c>yyyy-MM</c>, the form in card data and storage keys.</summary>
    public string Key => ProgressKeys.Month(First.Year, First.Month);

    /// <summary><c>MM/yyyy</c>, the form people read.</summary>
    public string Text => First.ToString("MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The month <paramref name="key"/> (<c>yyyy-MM</c>) names, or null.</summary>
    public static ProgressMonth? Parse(string? key) =>
        ProgressKeys.IsMonth(key) ? new ProgressMonth(DateOnly.ParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)) : null;

    /// <summary>A month as people type it after a command: <c>MM/yyyy</c> or <c>M/yyyy</c> (also with <c>-</c> or <c>.</c>), or <c>yyyy-MM</c>; null for anything else.</summary>
    public static ProgressMonth? ParseTyped(string text)
    {
        string[] formats = ["MM/yyyy", "M/yyyy", "MM-yyyy", "M-yyyy", "MM.yyyy", "M.yyyy", "yyyy-MM"];
        return DateOnly.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new ProgressMonth(new DateOnly(date.Year, date.Month, 1))
            : null;
    }

    /// <summary>The month it is now in the campaign's time zone.</summary>
    public static ProgressMonth Current(PledgeCampaign campaign, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(campaign.Local(now).DateTime);
        return new ProgressMonth(new DateOnly(today.Year, today.Month, 1));
    }

    /// <summary>The phases with at least one day in the month (two when a phase ends inside it).</summary>
    public IReadOnlyList<CampaignPhase> Phases(CampaignDefinition definition) =>
        [.. definition.Phases.Where(phase => phase.Start <= Last && phase.End >= First)];

    /// <summary>
    /// Whether the month can be reported on now, from the campaign as stored: not in the future, inside a phase that
    /// is not closed (a phase not yet started by the secretary still takes reports), and, read last because it is
    /// the only storage call, not closed for <paramref name="unitId"/> by the unit's monthly report.
    /// </summary>
    public async Task<(ProgressMonthState State, CampaignPhase? Phase)> StateAsync(
        PledgeCampaign campaign, string? unitId, DateTimeOffset now, ProgressStore store, CancellationToken cancellationToken)
    {
        if (First > Current(campaign, now).First)
        {
            return (ProgressMonthState.Future, null);
        }
        var phases = Phases(campaign.Definition);
        if (phases.Count == 0)
        {
            return (ProgressMonthState.OutsidePhases, null);
        }
        var open = phases.FirstOrDefault(phase => campaign.Stored.Phases.FirstOrDefault(p => p.PhaseId == phase.Id)?.Status != PhaseStatus.Closed);
        if (open is null)
        {
            return (ProgressMonthState.PhaseClosed, phases[^1]);
        }
        if (unitId is not null
            && await store.IsUnitMonthClosedAsync(campaign.TenantId, campaign.CampaignId, Key, unitId, cancellationToken).ConfigureAwait(false))
        {
            return (ProgressMonthState.UnitClosed, open);
        }
        return (ProgressMonthState.Open, open);
    }
}
