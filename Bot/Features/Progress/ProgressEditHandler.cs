using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Progress;

namespace ThiDuaBot.Bot.Features.Progress;

/// <summary>
/// <c>progress.edit</c> (the summary's "Sửa báo cáo"): after the checks of <see cref="ProgressRequests"/>, the form
/// for the current pledge prefilled with the stored report, as a new card instance.
/// </summary>
public sealed class ProgressEditHandler(ProgressRequests requests, ProgressStore reports) : ICardActionHandler
{
    public string Verb => ProgressCard.EditVerb;

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (request, refusal) = await requests.CheckAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return refusal!;
        }
        var (_, person, campaign, pledge, month, _, s) = request;
        var report = await reports.GetAsync(campaign.TenantId, campaign.CampaignId, month.Key, person.SignInName, cancellationToken).ConfigureAwait(false);
        var values = report is null ? ProgressFormValues.Empty : ProgressFormValues.From(report.Content);
        return InvokeResponse.Card(ProgressCardFactory.Form(campaign, s, person, pledge, month, values, PledgeCardFactory.NewNonce(), [], []));
    }
}
