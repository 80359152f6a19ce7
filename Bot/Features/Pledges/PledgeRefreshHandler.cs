using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// <c>pledge.refresh</c>: Teams asks for an untouched form or an editable summary again when it is shown. After the
/// checks of <see cref="PledgeRequests"/> the answer is the card as it should be now: the summary once pledged (final
/// after the deadline), the empty form before, the closed notice after the deadline with nothing pledged. Nothing is
/// stored.
/// </summary>
public sealed class PledgeRefreshHandler(PledgeRequests requests, PledgeCardFactory cards) : ICardActionHandler
{
    public string Verb => PledgeCard.RefreshVerb;

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (request, refusal) = await requests.CheckAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return refusal!;
        }
        var (_, person, campaign, submission, s) = request;
        return InvokeResponse.Card(await cards.CurrentAsync(campaign, s, person, submission.Kind, [], cancellationToken).ConfigureAwait(false));
    }
}
