using System.Text.RegularExpressions;
using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Features.Commands;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Progress;

namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>
/// Reads what follows <c>xuất báo cáo</c> / <c>export</c>:
/// nothing or <c>excel</c> (the whole campaign), <c>excel 03/2013</c>, <c>excel 03/2013 - 06/2013</c>
/// (also <c>đến</c> / <c>to</c>), <c>word</c> (the current or last finished phase), <c>word 2</c>, <c>word đợt 2</c>,
/// <c>word dot-2</c>. Case and diacritics do not matter.
/// </summary>
public static partial class ExportRequestParser
{
    private static readonly string[] WorkbookWords = ["excel", "xlsx", "bang tinh", "workbook"];
    private static readonly string[] ReportWords = ["word", "docx", "van ban", "report"];

    public static (ExportRequest? Request, ExportRequestProblem? Problem) Parse(string arguments, PledgeCampaign campaign, DateTimeOffset now)
    {
        var text = CommandText.Normalize(arguments);
        var format = ExportFormat.Workbook;
        var rest = text;
        if (StartsWithAny(text, WorkbookWords, out var afterWorkbook))
        {
            rest = afterWorkbook;
        }
        else if (StartsWithAny(text, ReportWords, out var afterReport))
        {
            format = ExportFormat.PhaseReport;
            rest = afterReport;
        }
        else if (text.Length > 0 && !char.IsDigit(text[0]))
        {
            return (null, ExportRequestProblem.UnknownFormat);
        }

        if (format == ExportFormat.PhaseReport)
        {
            var phase = rest.Length == 0 ? DefaultPhase(campaign, now) : FindPhase(campaign.Definition, rest);
            return phase is null ? (null, ExportRequestProblem.UnknownPhase) : (new ExportRequest(format, null, phase.Id), null);
        }

        var whole = ExportMonths.Campaign(campaign);
        if (rest.Length == 0)
        {
            return (new ExportRequest(format, whole, null), null);
        }
        var parts = RangeSeparator().Split(rest).Where(p => p.Length > 0).ToArray();
        if (parts.Length is < 1 or > 2)
        {
            return (null, ExportRequestProblem.BadMonths);
        }
        var from = ProgressMonth.ParseTyped(parts[0]);
        var to = parts.Length == 2 ? ProgressMonth.ParseTyped(parts[1]) : from;
        if (from is null || to is null || from.First > to.First)
        {
            return (null, ExportRequestProblem.BadMonths);
        }
        var months = new ExportMonths(from, to);
        var current = ProgressMonth.Current(campaign, now);
        if (!whole.Contains(from) || !whole.Contains(to) || from.First > current.First)
        {
            return (null, ExportRequestProblem.MonthsOutsideCampaign);
        }
        return (new ExportRequest(format, months, null), null);
    }

    /// <summary>The phase running today; otherwise the last one that ended; before the first phase, the first.</summary>
    public static CampaignPhase DefaultPhase(PledgeCampaign campaign, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(campaign.Local(now).DateTime);
        var phases = campaign.Definition.Phases.OrderBy(p => p.Start).ToList();
        return phases.FirstOrDefault(p => p.Contains(today))
            ?? phases.LastOrDefault(p => p.End < today)
            ?? phases[0];
    }

    /// <summary>The phases as people may name them, for an answer to an unknown one: "1 (Đợt 1), 2 (Đợt 2)".</summary>
    public static string PhaseList(CampaignDefinition definition) =>
        string.Join(", ", definition.Phases.OrderBy(p => p.Start).Select((p, i) => $"{i + 1} ({p.Name})"));

    /// <summary>A phase by its id, its name, or its number in the campaign (1, 2, "đợt 2").</summary>
    public static CampaignPhase? FindPhase(CampaignDefinition definition, string text)
    {
        var wanted = CommandText.Normalize(text);
        var phases = definition.Phases.OrderBy(p => p.Start).ToList();
        var byName = phases.FirstOrDefault(p => CommandText.Normalize(p.Id) == wanted || CommandText.Normalize(p.Name) == wanted);
        if (byName is not null)
        {
            return byName;
        }
        var number = wanted.StartsWith("dot ", StringComparison.Ordinal) ? wanted[4..] : wanted.StartsWith("phase ", StringComparison.Ordinal) ? wanted[6..] : wanted;
        return int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= phases.Count
            ? phases[n - 1]
            : null;
    }

    private static bool StartsWithAny(string text, string[] words, out string rest)
    {
        foreach (var word in words)
        {
            if (text == word || text.StartsWith(word + " ", StringComparison.Ordinal))
            {
                rest = text[word.Length..].Trim();
                return true;
            }
        }
        rest = text;
        return false;
    }

    // Normalised text: "-" became a space, so a range reads "03/2013 06/2013", "03/2013 den 06/2013" or "03/2013 to 06/2013".
    [GeneratedRegex(@"\s+(?:den\s+|to\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex RangeSeparator();
}
