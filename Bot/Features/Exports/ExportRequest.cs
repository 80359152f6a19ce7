namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>What was asked for: the workbook for a month range, or the phase report of one phase.</summary>
public sealed record ExportRequest(ExportFormat Format, ExportMonths? Months, string? PhaseId);
