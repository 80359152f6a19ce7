using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// <c>admin.pledge.launch</c>: the secretary launches the pledge round, or, once launched, sends the cards people
/// added or reachable since are missing. A double click queues nothing twice.
/// </summary>
public sealed class AdminLaunchHandler(RoleCheck roles, AdminCardFactory adminCards, PledgeLaunchService launch)
    : AdminVerbHandler(roles, adminCards)
{
    public override string Verb => AdminCard.LaunchVerb;

    protected override Task<AdminCardModel> RunAsync(TurnContext turn, Caller caller, CardAction action, CancellationToken cancellationToken) =>
        launch.LaunchAsync(turn, caller, cancellationToken);
}
