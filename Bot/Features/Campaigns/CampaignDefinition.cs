namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>
/// One year's emulation campaign (<i>kế hoạch thi đua</i>) as the council secretary wrote it in the campaign file:
/// the plan's header, goals, content areas, phases, deadlines, reminders, titles, award forms and the council's vote
/// rule. Built only by <see cref="CampaignFileParser"/>, so every instance has passed validation.
/// </summary>
public sealed record CampaignDefinition(
    int FormatVersion,
    string Id,
    int Year,
    string TimeZoneId,
    string Title,
    CampaignPlan Plan,
    IReadOnlyList<string> Goals,
    string? Slogan,
    IReadOnlyList<ContentArea> ContentAreas,
    IReadOnlyList<CampaignPhase> Phases,
    DateOnly PledgeDeadline,
    MonthlyReporting MonthlyReporting,
    ReminderPolicy Reminders,
    CampaignTitles Titles,
    IReadOnlyList<AwardForm> AwardForms,
    VoteRule VoteRule)
{
    /// <summary>The campaign's time zone; every date and local time in the file is read in it.</summary>
    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>The phase whose dates include <paramref name="date"/>, if any.</summary>
    public CampaignPhase? PhaseOn(DateOnly date) => Phases.FirstOrDefault(phase => phase.Contains(date));
}
