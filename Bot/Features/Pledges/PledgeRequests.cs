using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// The checks every pledge card verb starts with, from storage and never from the card: the caller is on the roster
/// of the tenant's running campaign; the card belongs to that campaign (else the caller's current card is shown
/// instead); and the caller is the card's subject, or for a unit's pledge the unit's current head.
/// </summary>
public sealed class PledgeRequests(CampaignCallerResolver callers, PledgeCardFactory cards)
{
    public async Task<(PledgeRequest? Request, InvokeResponse? Refusal)> CheckAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var s = turn.Strings;
        var submission = PledgeSubmission.From(action.Data);
        if (submission is null)
        {
            return (null, InvokeResponse.Message(s.UnknownCardAction));
        }
        var (resolved, refusal) = await callers.ResolveAsync(turn, cancellationToken).ConfigureAwait(false);
        if (resolved is null)
        {
            return (null, InvokeResponse.Message(refusal!));
        }
        var (caller, campaign, person) = resolved;
        if (submission.CampaignId != campaign.CampaignId)
        {
            var kind = PledgeRights.CanPledge(person, submission.Kind) ? submission.Kind : PledgeKind.Individual;
            if (!PledgeRights.CanPledge(person, kind))
            {
                return (null, InvokeResponse.Message(s.PledgeOtherCampaign));
            }
            var current = await cards.CurrentAsync(campaign, s, person, kind, [s.PledgeOtherCampaign], cancellationToken).ConfigureAwait(false);
            return (null, InvokeResponse.Card(current));
        }
        if (submission.Kind == PledgeKind.Individual)
        {
            if (!PledgeRights.CanPledge(person, PledgeKind.Individual))
            {
                return (null, InvokeResponse.Message(Caller.Refusal(s, Role.Staff)));
            }
            if (!PledgeRights.IsSubject(person, PledgeKind.Individual, submission.Subject))
            {
                return (null, InvokeResponse.Message(s.PledgeNotYours));
            }
        }
        else if (!PledgeRights.IsSubject(person, PledgeKind.Collective, submission.Subject))
        {
            return (null, InvokeResponse.Message(s.PledgeNotUnitHead));
        }
        return (new PledgeRequest(caller, person, campaign, submission, s), null);
    }
}
