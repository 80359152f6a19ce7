namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>Which file an export makes.</summary>
public enum ExportFormat
{
    /// <summary>The Excel workbook of the campaign (or of a month range).</summary>
    Workbook,
    /// <summary>The Word report for a phase review.</summary>
    PhaseReport,
}
