using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Progress;
using ThiDuaBot.Bot.Features.Progress.Reminders;
using ThiDuaBot.Storage.Campaigns;

namespace ThiDuaBot.Bot.Features.Digests.Reviews;

/// <summary>
/// What a phase review covers. The review of the phase that ends last is the final review (<i>tổng kết</i>) and covers
/// the whole year, from the first phase's start; any other phase's is an interim review (<i>sơ kết</i>) of that phase.
/// <see cref="Number"/> is the phase's place in the campaign (1, 2…), as people type it.
/// </summary>
public sealed record ReviewPeriod(CampaignPhase Phase, int Number, bool Final, DateOnly Start, DateOnly End)
{
    public static ReviewPeriod For(CampaignDefinition definition, CampaignPhase phase)
    {
        var phases = definition.Phases.OrderBy(p => p.Start).ToList();
        var final = phase.Id == definition.Phases.MaxBy(p => p.End)!.Id;
        return new ReviewPeriod(phase, phases.FindIndex(p => p.Id == phase.Id) + 1, final, final ? phases[0].Start : phase.Start, phase.End);
    }

    /// <summary>Every month of the period with a day in a phase, first to last.</summary>
    public IReadOnlyList<ProgressMonth> Months(CampaignDefinition definition)
    {
        var months = new List<ProgressMonth>();
        for (var first = new DateOnly(Start.Year, Start.Month, 1); first <= End; first = first.AddMonths(1))
        {
            var month = new ProgressMonth(first);
            if (month.Phases(definition).Count > 0)
            {
                months.Add(month);
            }
        }
        return months;
    }

    /// <summary>The phase is over: its last day has passed, or the secretary has closed it.</summary>
    public bool IsOver(PledgeCampaign campaign, DateOnly today) =>
        today > End || campaign.Stored.Phases.FirstOrDefault(p => p.PhaseId == Phase.Id)?.Status == PhaseStatus.Closed;

    /// <summary>
    /// The months a review on <paramref name="today"/> counts: those whose staff report day has passed, and once the
    /// phase is over every month of the period that has begun. A month still being reported on would pull every
    /// share down, so it waits.
    /// </summary>
    public IReadOnlyList<ProgressMonth> CountedMonths(PledgeCampaign campaign, DateOnly today)
    {
        var over = IsOver(campaign, today);
        return [.. Months(campaign.Definition).Where(m => m.First <= today && (over || today > ProgressSlots.StaffDueDate(campaign, m)))];
    }
}
