using System.Globalization;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// <c>pledge.edit</c> (the summary's "Sửa đăng ký"): after the checks of <see cref="PledgeRequests"/>, the form
/// prefilled with the current pledge, as a new card instance; after the deadline the pledge is shown as final.
/// </summary>
public sealed class PledgeEditHandler(PledgeRequests requests, PledgeStore pledges, PledgeCardFactory cards, TimeProvider time) : ICardActionHandler
{
    public string Verb => PledgeCard.EditVerb;

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (request, refusal) = await requests.CheckAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return refusal!;
        }
        var (_, person, campaign, submission, s) = request;
        var existing = await pledges.GetAsync(campaign.TenantId, campaign.CampaignId, submission.Kind, submission.Subject, cancellationToken).ConfigureAwait(false);
        if (!campaign.IsOpen(time.GetUtcNow()))
        {
            var deadline = PledgeCardFactory.ShowDate(campaign.Deadline);
            return InvokeResponse.Card(existing is null
                ? PledgeCardFactory.Closed(campaign, s, person, submission.Kind, [Format(s.PledgeDeadlinePassedNotPledged, deadline)])
                : await cards.SummaryAsync(campaign, s, person, existing, [], [], cancellationToken).ConfigureAwait(false));
        }
        var values = existing is null ? PledgeFormValues.Empty : PledgeFormValues.From(existing.Content);
        return InvokeResponse.Card(cards.Form(campaign, s, person, submission.Kind, values, PledgeCardFactory.NewNonce(), [], []));
    }

    private static string Format(string template, object value) => string.Format(CultureInfo.InvariantCulture, template, value);
}
