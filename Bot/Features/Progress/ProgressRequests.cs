using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Progress;

namespace ThiDuaBot.Bot.Features.Progress;

/// <summary>
/// The checks every progress card verb starts with, from storage and never from the card: the caller is on the
/// roster of the tenant's running campaign and is the card's subject; the card belongs to that campaign; the person
/// has a pledge; the card's month is not in the future, lies in a phase that is not closed, and is not closed for
/// the person's unit. A closed month answers the report as it stands (or a closed notice) instead.
/// </summary>
public sealed class ProgressRequests(CampaignCallerResolver callers, PledgeStore pledges, ProgressStore reports, TimeProvider time)
{
    public async Task<(ProgressRequest? Request, InvokeResponse? Refusal)> CheckAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var s = turn.Strings;
        if (ProgressSubmission.From(action.Data) is not { } submission)
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
            return (null, InvokeResponse.Message(s.ProgressOtherCampaign));
        }
        if (!PledgeRights.IsSubject(person, PledgeKind.Individual, submission.Subject))
        {
            return (null, InvokeResponse.Message(s.ProgressNotYours));
        }
        if (ProgressMonth.Parse(submission.Month) is not { } month)
        {
            return (null, InvokeResponse.Message(s.ProgressBadMonth));
        }
        var pledge = await pledges.GetAsync(campaign.TenantId, campaign.CampaignId, PledgeKind.Individual, person.SignInName, cancellationToken).ConfigureAwait(false);
        if (pledge is null)
        {
            return (null, InvokeResponse.Message(s.ProgressNoPledge));
        }
        var (state, phase) = await month.StateAsync(campaign, person.UnitId, time.GetUtcNow(), reports, cancellationToken).ConfigureAwait(false);
        if (state is ProgressMonthState.Future or ProgressMonthState.OutsidePhases)
        {
            return (null, InvokeResponse.Message(ProgressCardFactory.StateMessage(s, state, month, null)));
        }
        if (state != ProgressMonthState.Open)
        {
            var message = ProgressCardFactory.StateMessage(s, state, month, phase?.Name);
            var report = await reports.GetAsync(campaign.TenantId, campaign.CampaignId, month.Key, person.SignInName, cancellationToken).ConfigureAwait(false);
            return (null, InvokeResponse.Card(report is null
                ? ProgressCardFactory.Closed(campaign, s, person, month, message)
                : ProgressCardFactory.Summary(campaign, s, person, pledge, month, report, editable: false, [], [message])));
        }
        return (new ProgressRequest(caller, person, campaign, pledge, month, submission, s), null);
    }
}
