using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Pledges.Units;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Progress.Units;

/// <summary>
/// The checks every unit month verb starts with, from storage and never from the card: the card names a campaign, a
/// unit and a month; the caller is on the roster of the running campaign and, per the roster now, an active head of the
/// card's unit (a head moved to another unit is refused); the card's campaign is the running one; the month is not in
/// the future and has a day in a phase. A card from last month acts on last month as long as these hold.
/// </summary>
public sealed class UnitMonthRequests(CampaignCallerResolver callers, UnitMonthRollups rollups)
{
    public async Task<(UnitMonthRequest? Request, InvokeResponse? Refusal)> CheckAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var s = turn.Strings;
        var campaignId = CardData.Id(action.Data, UnitMonthCard.CampaignIdKey);
        var unitId = CardData.Id(action.Data, UnitMonthCard.UnitIdKey);
        if (string.IsNullOrWhiteSpace(campaignId) || string.IsNullOrWhiteSpace(unitId))
        {
            return (null, InvokeResponse.Message(s.UnknownCardAction));
        }
        var (caller, refusal) = await callers.ResolveAsync(turn, cancellationToken).ConfigureAwait(false);
        if (caller is null)
        {
            return (null, InvokeResponse.Message(refusal!));
        }
        if (!UnitRequests.IsUnitHead(caller.Person))
        {
            return (null, InvokeResponse.Message(Caller.Refusal(s, Role.UnitHead)));
        }
        if (campaignId != caller.Campaign.CampaignId)
        {
            return (null, InvokeResponse.Message(s.UnitMonthOtherCampaign));
        }
        if (caller.Person.UnitId != unitId)
        {
            return (null, InvokeResponse.Message(s.UnitMonthNotHead));
        }
        if (ProgressMonth.Parse(CardData.Id(action.Data, UnitMonthCard.MonthKey)) is not { } month)
        {
            return (null, InvokeResponse.Message(s.UnitMonthBadMonth));
        }
        var members = await rollups.MembersAsync(caller.Campaign, unitId, cancellationToken).ConfigureAwait(false);
        var data = await rollups.LoadAsync(caller.Campaign, unitId, month, members, cancellationToken).ConfigureAwait(false);
        if (data.State is ProgressMonthState.Future or ProgressMonthState.OutsidePhases)
        {
            return (null, InvokeResponse.Message(ProgressCardFactory.StateMessage(s, data.State, month, null)));
        }
        return (new UnitMonthRequest(caller, data, action.Data, s), null);
    }

    /// <summary>
    /// For a verb that changes something: the card as it stands with <paramref name="error"/> on top when the month
    /// can no longer be acted on (its phase is closed); null when it can.
    /// </summary>
    public InvokeResponse? RefuseIfClosed(TurnContext turn, UnitMonthRequest request) =>
        request.Data.State == ProgressMonthState.Open
            ? null
            : Card(turn, request, new UnitMonthView
            {
                Errors = [ProgressCardFactory.StateMessage(request.Strings, request.Data.State, request.Month, request.Data.PhaseName)],
            });

    /// <summary>The card for the request's unit and month, for the head who pressed (Teams refreshes it for them).</summary>
    public InvokeResponse Card(TurnContext turn, UnitMonthRequest request, UnitMonthView view) =>
        InvokeResponse.Card(rollups.Build(request.Campaign, request.Data, request.Strings, view with { HeadUserId = turn.Activity.From?.Id }));

    /// <summary>The card with the unit's month loaded again (after a write).</summary>
    public async Task<InvokeResponse> FreshCardAsync(TurnContext turn, UnitMonthRequest request, UnitMonthView view, CancellationToken cancellationToken)
    {
        var data = await rollups.LoadAsync(request.Campaign, request.UnitId, request.Month, request.Data.Members, cancellationToken).ConfigureAwait(false);
        return Card(turn, request with { Data = data }, view);
    }
}
