using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Progress.Units;

/// <summary>
/// <c>unit.month.nudge</c>: the nudge next to one person (the card's <c>person</c>) or "nudge everyone"
/// (<c>all: true</c>). After the checks of <see cref="UnitMonthRequests"/>, refused once the month's phase is closed or
/// the unit report is submitted; the nudge itself is <see cref="UnitMonthNudges"/>'.
/// </summary>
public sealed class UnitMonthNudgeHandler(UnitMonthRequests requests, UnitMonthNudges nudges) : ICardActionHandler
{
    public string Verb => UnitMonthCard.NudgeVerb;

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (request, refusal) = await requests.CheckAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return refusal!;
        }
        var all = action.Data[UnitMonthCard.AllKey] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
        var person = CardData.Id(action.Data, UnitMonthCard.PersonKey)?.Trim();
        if (!all && string.IsNullOrEmpty(person))
        {
            return InvokeResponse.Message(request.Strings.UnitMonthUnknownAction);
        }
        if (requests.RefuseIfClosed(turn, request) is { } closed)
        {
            return closed;
        }
        if (request.Data.Report is not null)
        {
            return requests.Card(turn, request, new UnitMonthView { Errors = [request.Strings.UnitMonthNudgeClosed] });
        }
        return await nudges.NudgeAsync(turn, request, all ? null : person, cancellationToken).ConfigureAwait(false);
    }
}
