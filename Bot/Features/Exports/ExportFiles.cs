using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Progress;

namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>Makes the file a ticket names, from storage as it stands now; null when the campaign or the phase is gone.</summary>
public sealed class ExportFiles(PledgeCampaigns campaigns, ExportDataLoader loader)
{
    public async Task<ExportFile?> MakeAsync(ExportTicket ticket, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.LoadAsync(ticket.TenantId, ticket.CampaignId, cancellationToken).ConfigureAwait(false);
        if (campaign is null)
        {
            return null;
        }
        var whole = ExportMonths.Campaign(campaign);
        if (ticket.Format == ExportFormat.PhaseReport)
        {
            var phase = campaign.Definition.Phases.FirstOrDefault(p => p.Id == ticket.PhaseId);
            if (phase is null)
            {
                return null;
            }
            var data = await loader.LoadAsync(campaign, whole, cancellationToken).ConfigureAwait(false);
            var review = phase.Id == campaign.Definition.Phases.OrderBy(p => p.End).Last().Id ? "Tổng kết" : "Sơ kết";
            return new ExportFile(PhaseReport.Build(data, phase), PhaseReport.ContentType, FileName($"Báo cáo {review.ToLowerInvariant()} {phase.Name} {campaign.Definition.Year}", "docx"));
        }
        var from = ProgressMonth.Parse(ticket.FromMonth);
        var to = ProgressMonth.Parse(ticket.ToMonth);
        var months = from is not null && to is not null ? new ExportMonths(from, to) : whole;
        var workbookData = await loader.LoadAsync(campaign, months, cancellationToken).ConfigureAwait(false);
        var label = months == whole ? campaign.Definition.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : months.Text.Replace('/', '-').Replace(" – ", " đến ", StringComparison.Ordinal);
        return new ExportFile(CampaignWorkbook.Build(workbookData), CampaignWorkbook.ContentType, FileName($"Thi đua {label}", "xlsx"));
    }

    /// <summary>A file name every system accepts: no path or reserved characters.</summary>
    public static string FileName(string name, string extension)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var clean = new string([.. name.Select(c => invalid.Contains(c) || char.IsControl(c) ? ' ' : c)]).Trim();
        return (clean.Length > 120 ? clean[..120].TrimEnd() : clean) + "." + extension;
    }
}
