using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Pledges.Units;

/// <summary>
/// The checks every roll-up verb starts with, from storage and never from the card: the card's data is well formed,
/// it belongs to the running campaign, and the caller is, per the roster now, an active head of the card's unit.
/// </summary>
public sealed class UnitRequests(CampaignCallerResolver callers)
{
    public async Task<(UnitRequest? Request, InvokeResponse? Refusal)> CheckAsync(TurnContext turn, CardAction action, bool needsPerson, CancellationToken cancellationToken)
    {
        var s = turn.Strings;
        var campaignId = CardData.Id(action.Data, UnitRollupCard.CampaignIdKey);
        var unitId = CardData.Id(action.Data, UnitRollupCard.UnitIdKey);
        var person = CardData.Id(action.Data, UnitRollupCard.PersonKey);
        if (string.IsNullOrWhiteSpace(campaignId) || string.IsNullOrWhiteSpace(unitId) || (needsPerson && string.IsNullOrWhiteSpace(person)))
        {
            return (null, InvokeResponse.Message(s.UnknownCardAction));
        }
        var (caller, refusal) = await callers.ResolveAsync(turn, cancellationToken).ConfigureAwait(false);
        if (caller is null)
        {
            return (null, InvokeResponse.Message(refusal!));
        }
        if (!IsUnitHead(caller.Person))
        {
            return (null, InvokeResponse.Message(Caller.Refusal(s, Role.UnitHead)));
        }
        if (campaignId != caller.Campaign.CampaignId)
        {
            return (null, InvokeResponse.Message(s.UnitOtherCampaign));
        }
        if (caller.Person.UnitId != unitId)
        {
            return (null, InvokeResponse.Message(s.UnitNotHead));
        }
        return (new UnitRequest(caller, unitId, needsPerson ? person!.Trim() : null, s), null);
    }

    /// <summary>An active unit head with a unit, the same who pledge for a unit: who may see its roll-up and nudge its people.</summary>
    public static bool IsUnitHead(Person person) => PledgeRights.CanPledge(person, PledgeKind.Collective);
}
