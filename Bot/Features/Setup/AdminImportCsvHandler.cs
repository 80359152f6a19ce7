using System.Text;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary><c>admin.roster.importCsv</c>: imports a roster pasted into the admin card.</summary>
public sealed class AdminImportCsvHandler(RoleCheck roles, RosterImportService imports, AdminCardFactory adminCards) : AdminVerbHandler(roles, adminCards)
{
    public override string Verb => AdminCard.ImportCsvVerb;

    protected override async Task<AdminCardModel> RunAsync(TurnContext turn, Caller caller, CardAction action, CancellationToken cancellationToken)
    {
        var text = CardData.Text(action.Data, AdminCard.CsvTextInput);
        var result = string.IsNullOrWhiteSpace(text)
            ? new RosterImportResult(false, [], [turn.Strings.PasteSomething])
            : await imports.ImportCsvAsync(caller, turn.Strings, Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
        return new AdminCardModel { Notices = result.Notices, Errors = result.Errors, PastedCsvText = result.Imported ? null : text };
    }
}
