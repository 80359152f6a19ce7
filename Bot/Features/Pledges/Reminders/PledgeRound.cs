using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Launches;

namespace ThiDuaBot.Bot.Features.Pledges.Reminders;

/// <summary>Whether people may still be reminded to pledge: the round was launched, the deadline has not passed, the campaign is not closed.</summary>
public static class PledgeRound
{
    /// <summary>A campaign whose phases are all closed is over.</summary>
    public static bool IsClosed(PledgeCampaign campaign) =>
        campaign.Stored.Phases.Count > 0 && campaign.Stored.Phases.All(phase => phase.Status == PhaseStatus.Closed);

    public static PledgeRoundState StateOf(PledgeCampaign campaign, PledgeLaunch? launch, DateTimeOffset now) =>
        IsClosed(campaign) || !campaign.IsOpen(now) ? PledgeRoundState.Closed
        : launch is null ? PledgeRoundState.NotLaunched
        : PledgeRoundState.Open;
}
