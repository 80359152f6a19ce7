using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Progress.Units;

/// <summary>
/// <c>unit.month.refresh</c>: the month roll-up as it stands now, when Teams refreshes the card for its head
/// (Universal Actions <c>refresh</c>) or the head presses "Làm mới". Rights are checked again each time; a month whose
/// phase is closed is shown read-only.
/// </summary>
public sealed class UnitMonthRefreshHandler(UnitMonthRequests requests) : ICardActionHandler
{
    public string Verb => UnitMonthCard.RefreshVerb;

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (request, refusal) = await requests.CheckAsync(turn, action, cancellationToken).ConfigureAwait(false);
        return request is null ? refusal! : requests.Card(turn, request, new UnitMonthView());
    }
}
