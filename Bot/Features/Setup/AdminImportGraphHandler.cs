using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary><c>admin.roster.importGraph</c>: imports the roster from Microsoft 365 (users, departments, managers, council group).</summary>
public sealed class AdminImportGraphHandler(RoleCheck roles, RosterImportService imports, AdminCardFactory adminCards) : AdminVerbHandler(roles, adminCards)
{
    public override string Verb => AdminCard.ImportGraphVerb;

    protected override async Task<AdminCardModel> RunAsync(TurnContext turn, Caller caller, CardAction action, CancellationToken cancellationToken)
    {
        var result = await imports.ImportGraphAsync(caller, turn.Strings, cancellationToken).ConfigureAwait(false);
        return new AdminCardModel { Notices = result.Notices, Errors = result.Errors };
    }
}
