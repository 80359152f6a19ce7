namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>Why a campaign file was refused; one code per kind of mistake, so tests and callers need not read messages.</summary>
public enum CampaignFileErrorCode
{
    /// <summary>The text is not valid YAML (indentation, a missing colon, an unclosed quote…).</summary>
    YamlSyntax,

    /// <summary>The same key twice in one group.</summary>
    DuplicateKey,

    /// <summary>More than <see cref="CampaignFileLimits.MaxFileCharacters"/> characters.</summary>
    FileTooLarge,

    /// <summary>Nothing but blanks and comments.</summary>
    EmptyFile,

    /// <summary>More than one YAML document (a second <c>---</c>).</summary>
    MultipleDocuments,

    UnsupportedFormatVersion,

    /// <summary>A key the format does not know, usually a typo; the message suggests the closest known key.</summary>
    UnknownKey,

    MissingField,

    /// <summary>A list where text was expected, text where a group was expected, a word where a number was expected…</summary>
    WrongType,

    /// <summary>Not a yyyy-MM-dd date, or a day that does not exist (2013-02-30).</summary>
    InvalidDate,

    /// <summary>Not an HH:mm local time.</summary>
    InvalidTime,

    NumberOutOfRange,

    /// <summary>Not a share such as "70%" or "2/3".</summary>
    InvalidShare,

    /// <summary>A value that is not one of the allowed words.</summary>
    InvalidChoice,

    /// <summary>An id that is not a slug (lower-case a–z, digits and single hyphens).</summary>
    InvalidId,

    DuplicateId,

    /// <summary>The same value twice in a list that must not repeat (reminder days).</summary>
    DuplicateValue,

    TextTooLong,
    TooManyItems,

    /// <summary>An empty list where at least one item is needed (content areas, phases, individual titles).</summary>
    EmptyList,

    /// <summary>Two keys of which only one may be given (<c>atLeast</c> and <c>moreThan</c>; <c>title</c> and <c>awardForm</c>).</summary>
    ConflictingFields,

    /// <summary>Not an IANA time zone this machine knows.</summary>
    InvalidTimeZone,

    PhaseOutsideYear,
    PhaseEndBeforeStart,
    PhasesOverlap,

    /// <summary>Phases not listed in date order.</summary>
    PhasesOutOfOrder,

    OccasionOutsidePhase,

    /// <summary>The pledge deadline is after the end of the first phase.</summary>
    PledgeDeadlineAfterFirstPhaseEnd,

    /// <summary>The pledge deadline is before the plan was issued.</summary>
    PledgeDeadlineBeforePlanDate,

    /// <summary>A monthly reporting day outside 1–28.</summary>
    ReportDayOutOfRange,

    /// <summary>The unit report day is before the staff report day.</summary>
    UnitReportBeforeStaffReport,

    /// <summary>More automatic reminders than the per-prompt maximum allows.</summary>
    ReminderLimitTooLow,

    /// <summary>A reference to a title id that the file does not define.</summary>
    UnknownTitle,

    /// <summary>A reference to an award form id that the file does not define.</summary>
    UnknownAwardForm,
}
