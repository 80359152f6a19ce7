using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary><c>admin.campaign.loadSample</c>: loads the sample campaign (the 2013 plan) shipped with the bot.</summary>
public sealed class AdminLoadSampleHandler(RoleCheck roles, CampaignLoader loader, AdminCardFactory adminCards) : AdminVerbHandler(roles, adminCards)
{
    public override string Verb => AdminCard.LoadSampleVerb;

    protected override async Task<AdminCardModel> RunAsync(TurnContext turn, Caller caller, CardAction action, CancellationToken cancellationToken)
    {
        var result = await loader.LoadAsync(caller, turn.Strings, SampleCampaign.ReadYaml(), cancellationToken).ConfigureAwait(false);
        return new AdminCardModel { Notices = result.Notices, Errors = result.Errors };
    }
}
