using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary><c>admin.campaign.loadText</c>: loads a campaign file pasted into the admin card; on a refusal the text stays in its box.</summary>
public sealed class AdminLoadTextHandler(RoleCheck roles, CampaignLoader loader, AdminCardFactory adminCards) : AdminVerbHandler(roles, adminCards)
{
    public override string Verb => AdminCard.LoadTextVerb;

    protected override async Task<AdminCardModel> RunAsync(TurnContext turn, Caller caller, CardAction action, CancellationToken cancellationToken)
    {
        var text = CardData.Text(action.Data, AdminCard.CampaignTextInput);
        var result = string.IsNullOrWhiteSpace(text)
            ? CampaignLoadResult.Refused(turn.Strings.PasteSomething)
            : await loader.LoadAsync(caller, turn.Strings, text, cancellationToken).ConfigureAwait(false);
        return new AdminCardModel { Notices = result.Notices, Errors = result.Errors, PastedCampaignText = result.Stored ? null : text };
    }
}
