using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary><c>admin.campaign.loadSample</c>: loads the sample campaign (the 2013 plan) shipped with the bot.</summary>
public sealed class AdminLoadSampleHandler(RoleCheck roles, CampaignLoader loader, AdminCardFactory adminCards) : ICardActionHandler
{
    public string Verb => AdminCard.LoadSampleVerb;

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (caller, refusal) = await roles.RequireAsync(turn, Role.CouncilSecretary, cancellationToken).ConfigureAwait(false);
        if (caller is null)
        {
            return refusal!;
        }
        var result = await loader.LoadAsync(caller, turn.Strings, SampleCampaign.ReadYaml(), cancellationToken).ConfigureAwait(false);
        var card = await adminCards.BuildAsync(turn.Strings, caller, cancellationToken,
            new AdminCardModel { Notices = result.Notices, Errors = result.Errors }).ConfigureAwait(false);
        return InvokeResponse.Card(card);
    }
}
