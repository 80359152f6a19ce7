using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary><c>admin.show</c>: back to the admin card (from the status card).</summary>
public sealed class AdminShowHandler(RoleCheck roles, AdminCardFactory adminCards) : ICardActionHandler
{
    public string Verb => StatusCard.BackVerb;

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (caller, refusal) = await roles.RequireAsync(turn, Role.CouncilSecretary, cancellationToken).ConfigureAwait(false);
        if (caller is null)
        {
            return refusal!;
        }
        return InvokeResponse.Card(await adminCards.BuildAsync(turn.Strings, caller, cancellationToken).ConfigureAwait(false));
    }
}
