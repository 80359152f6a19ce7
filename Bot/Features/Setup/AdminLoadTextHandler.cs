using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary><c>admin.campaign.loadText</c>: loads a campaign file pasted into the admin card; on a refusal the text stays in its box.</summary>
public sealed class AdminLoadTextHandler(RoleCheck roles, CampaignLoader loader, AdminCardFactory adminCards) : ICardActionHandler
{
    public string Verb => AdminCard.LoadTextVerb;

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (caller, refusal) = await roles.RequireAsync(turn, Role.CouncilSecretary, cancellationToken).ConfigureAwait(false);
        if (caller is null)
        {
            return refusal!;
        }
        var text = CardData.Text(action.Data, AdminCard.CampaignTextInput);
        var result = string.IsNullOrWhiteSpace(text)
            ? CampaignLoadResult.Refused(turn.Strings.PasteSomething)
            : await loader.LoadAsync(caller, turn.Strings, text, cancellationToken).ConfigureAwait(false);
        var card = await adminCards.BuildAsync(turn.Strings, caller, cancellationToken, new AdminCardModel
        {
            Notices = result.Notices,
            Errors = result.Errors,
            PastedCampaignText = result.Stored ? null : text,
        }).ConfigureAwait(false);
        return InvokeResponse.Card(card);
    }
}
