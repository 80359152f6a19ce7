using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Pledges.Units;

/// <summary>
/// <c>unit.rollup</c>: the roll-up as it stands now, when Teams refreshes the card for its head (Universal Actions
/// <c>refresh</c>) or the head presses "Làm mới". Rights are checked again each time.
/// </summary>
public sealed class UnitRefreshHandler(UnitRequests requests, UnitRollups rollups) : ICardActionHandler
{
    public string Verb => UnitRollupCard.RefreshVerb;

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (request, refusal) = await requests.CheckAsync(turn, action, needsPerson: false, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return refusal!;
        }
        return InvokeResponse.Card(await rollups.BuildAsync(request.Campaign, request.UnitId, request.Strings, turn.Activity.From?.Id, [], [], cancellationToken).ConfigureAwait(false));
    }
}
