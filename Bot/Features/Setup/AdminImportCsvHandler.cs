using System.Text;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary><c>admin.roster.importCsv</c>: imports a roster pasted into the admin card.</summary>
public sealed class AdminImportCsvHandler(RoleCheck roles, RosterImportService imports, AdminCardFactory adminCards) : ICardActionHandler
{
    public string Verb => AdminCard.ImportCsvVerb;

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (caller, refusal) = await roles.RequireAsync(turn, Role.CouncilSecretary, cancellationToken).ConfigureAwait(false);
        if (caller is null)
        {
            return refusal!;
        }
        var text = CardData.Text(action.Data, AdminCard.CsvTextInput);
        var result = string.IsNullOrWhiteSpace(text)
            ? new RosterImportResult(false, [], [turn.Strings.PasteSomething])
            : await imports.ImportCsvAsync(caller, turn.Strings, Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
        var card = await adminCards.BuildAsync(turn.Strings, caller, cancellationToken, new AdminCardModel
        {
            Notices = result.Notices,
            Errors = result.Errors,
            PastedCsvText = result.Imported ? null : text,
        }).ConfigureAwait(false);
        return InvokeResponse.Card(card);
    }
}
