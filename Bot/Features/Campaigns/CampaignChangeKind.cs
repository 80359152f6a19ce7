namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>What changed between two versions of a campaign file. "Title" is an emulation title (<i>danh hiệu</i>).</summary>
public enum CampaignChangeKind
{
    CampaignIdChanged,
    YearChanged,
    TimeZoneChanged,
    CampaignTitleChanged,
    PlanChanged,
    GoalsChanged,
    SloganChanged,
    ContentAreaAdded,
    ContentAreaRemoved,
    ContentAreaRenamed,
    ContentAreaDescriptionChanged,
    ContentAreasReordered,
    PhaseAdded,
    PhaseRemoved,
    PhaseRenamed,
    PhaseDatesChanged,
    PhaseDescriptionChanged,
    PhaseOccasionsChanged,
    PledgeDeadlineMoved,
    MonthlyReportingChanged,
    RemindersChanged,
    TitleAdded,
    TitleRemoved,
    TitleRenamed,
    TitleRequirementsChanged,

    /// <summary>A title moved between individual and collective.</summary>
    TitleKindChanged,

    AwardFormAdded,
    AwardFormRemoved,
    AwardFormRenamed,
    AwardFormIssuerChanged,
    VoteRuleChanged,
}
