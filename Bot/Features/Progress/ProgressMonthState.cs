namespace ThiDuaBot.Bot.Features.Progress;

/// <summary>Whether a person may report on a month, and if not, why.</summary>
public enum ProgressMonthState
{
    Open,
    /// <summary>The month has not begun in the campaign's time zone.</summary>
    Future,
    /// <summary>No phase of the campaign has a day in the month.</summary>
    OutsidePhases,
    /// <summary>Every phase with a day in the month has been closed by the secretary.</summary>
    PhaseClosed,
    /// <summary>The person's unit has submitted its report for the month (its <c>unit|{unit}</c> row exists).</summary>
    UnitClosed,
}
