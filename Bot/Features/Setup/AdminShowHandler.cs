using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary><c>admin.show</c>: back to the admin card (from the status card).</summary>
public sealed class AdminShowHandler(RoleCheck roles, AdminCardFactory adminCards) : AdminVerbHandler(roles, adminCards)
{
    public override string Verb => StatusCard.BackVerb;

    protected override Task<AdminCardModel> RunAsync(TurnContext turn, Caller caller, CardAction action, CancellationToken cancellationToken) =>
        Task.FromResult(new AdminCardModel());
}
