using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>
/// A verb of the secretary's admin card: checks the secretary role from storage, runs the verb, and answers with
/// the admin card refreshed from storage, carrying the verb's outcome (notices, errors, text to keep).
/// </summary>
public abstract class AdminVerbHandler(RoleCheck roles, AdminCardFactory adminCards) : ICardActionHandler
{
    public abstract string Verb { get; }

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (caller, refusal) = await roles.RequireAsync(turn, Role.CouncilSecretary, cancellationToken).ConfigureAwait(false);
        if (caller is null)
        {
            return refusal!;
        }
        var outcome = await RunAsync(turn, caller, action, cancellationToken).ConfigureAwait(false);
        return InvokeResponse.Card(await adminCards.BuildAsync(turn.Strings, caller, cancellationToken, outcome).ConfigureAwait(false));
    }

    /// <summary>Does the verb's work for a caller who is a secretary; what to show on the card.</summary>
    protected abstract Task<AdminCardModel> RunAsync(TurnContext turn, Caller caller, CardAction action, CancellationToken cancellationToken);
}
