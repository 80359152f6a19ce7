namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>Why the words after the export command cannot be read.</summary>
public enum ExportRequestProblem
{
    /// <summary>A word that is neither a format (excel, word) nor a month.</summary>
    UnknownFormat,
    /// <summary>A month or a range that cannot be read, or whose first month is after its last.</summary>
    BadMonths,
    /// <summary>Months outside the campaign's phases, or all in the future.</summary>
    MonthsOutsideCampaign,
    /// <summary>A phase the campaign does not have.</summary>
    UnknownPhase,
}
