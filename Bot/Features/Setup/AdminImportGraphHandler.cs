using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary><c>admin.roster.importGraph</c>: imports the roster from Microsoft 365 (users, departments, managers, council group).</summary>
public sealed class AdminImportGraphHandler(RoleCheck roles, RosterImportService imports, AdminCardFactory adminCards) : ICardActionHandler
{
    public string Verb => AdminCard.ImportGraphVerb;

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (caller, refusal) = await roles.RequireAsync(turn, Role.CouncilSecretary, cancellationToken).ConfigureAwait(false);
        if (caller is null)
        {
            return refusal!;
        }
        var result = await imports.ImportGraphAsync(caller, turn.Strings, cancellationToken).ConfigureAwait(false);
        var card = await adminCards.BuildAsync(turn.Strings, caller, cancellationToken,
            new AdminCardModel { Notices = result.Notices, Errors = result.Errors }).ConfigureAwait(false);
        return InvokeResponse.Card(card);
    }
}
