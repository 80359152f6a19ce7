using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Launches;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// <c>pledge.launch.refresh</c>: the launch card's refresh button. The card is for secretaries only, checked again on
/// every press; it shows the progress now, or the delivery report once every card is final.
/// </summary>
public sealed class PledgeLaunchRefreshHandler(RoleCheck roles, PledgeCampaigns campaigns, PledgeLaunchStore launches, PledgeLaunchReporter reporter) : ICardActionHandler
{
    public string Verb => PledgeLaunchCard.RefreshVerb;

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (caller, refusal) = await roles.RequireAsync(turn, Role.CouncilSecretary, cancellationToken).ConfigureAwait(false);
        if (caller is null)
        {
            return refusal!;
        }
        var campaignId = CardData.Id(action.Data, PledgeLaunchCard.CampaignKey);
        var launch = string.IsNullOrWhiteSpace(campaignId) ? null : await launches.GetAsync(caller.TenantId, campaignId, cancellationToken).ConfigureAwait(false);
        var campaign = launch is null ? null : await campaigns.LoadAsync(caller.TenantId, launch.CampaignId, cancellationToken).ConfigureAwait(false);
        if (launch is null || campaign is null)
        {
            return InvokeResponse.Message(turn.Strings.LaunchNoLaunch);
        }
        var (model, _) = await reporter.BuildAsync(turn.Connector, campaign, launch, turn.Strings, cancellationToken).ConfigureAwait(false);
        return InvokeResponse.Card(PledgeLaunchCard.Build(turn.Strings, model));
    }
}
