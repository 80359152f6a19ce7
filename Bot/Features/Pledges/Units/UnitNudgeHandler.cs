using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Pledges.Units;

/// <summary>
/// <c>unit.nudge</c> (one person, named in the card's data) and <c>unit.nudgeAll</c> (everyone of the unit who has not
/// pledged): after the checks of <see cref="UnitRequests"/>, the nudge itself is <see cref="UnitNudges"/>'. Registered
/// once per verb.
/// </summary>
public sealed class UnitNudgeHandler(bool all, UnitRequests requests, UnitNudges nudges) : ICardActionHandler
{
    public string Verb => all ? UnitRollupCard.NudgeAllVerb : UnitRollupCard.NudgeVerb;

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (request, refusal) = await requests.CheckAsync(turn, action, needsPerson: !all, cancellationToken).ConfigureAwait(false);
        return request is null ? refusal! : await nudges.NudgeAsync(turn, request, cancellationToken).ConfigureAwait(false);
    }
}
