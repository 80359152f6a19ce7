using System.Globalization;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// <c>pledge.submit</c>: after the checks of <see cref="PledgeRequests"/>, refuses after the deadline (the stored
/// pledge is shown as final), validates the values against the running campaign (a card built from an older
/// version is accepted while its titles and content areas still exist), and stores the next version. Any refusal
/// stores nothing and answers in the person's language: errors on top of the card, every value kept. Success
/// replaces the card with the summary; a double click (same card or same content) stores once.
/// </summary>
public sealed class PledgeSubmitHandler(PledgeRequests requests, PledgeStore pledges, PledgeCardFactory cards, TimeProvider time, ILogger<PledgeSubmitHandler> logger)
    : ICardActionHandler
{
    public string Verb => PledgeCard.SubmitVerb;

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (request, refusal) = await requests.CheckAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return refusal!;
        }
        var (_, person, campaign, submission, s) = request;
        var now = time.GetUtcNow();
        var existing = await pledges.GetAsync(campaign.TenantId, campaign.CampaignId, submission.Kind, submission.Subject, cancellationToken).ConfigureAwait(false);

        if (!campaign.IsOpen(now))
        {
            var deadline = PledgeCardFactory.ShowDate(campaign.Deadline);
            return InvokeResponse.Card(existing is null
                ? PledgeCardFactory.Closed(campaign, s, person, submission.Kind, [Format(s.PledgeDeadlinePassedNotPledged, deadline)])
                : await cards.SummaryAsync(campaign, s, person, existing, [], [Format(s.PledgeDeadlinePassed, deadline)], cancellationToken).ConfigureAwait(false));
        }
        if (existing is not null && existing.RecentNonces.Contains(submission.Nonce, StringComparer.Ordinal))
        {
            return InvokeResponse.Card(await cards.SummaryAsync(campaign, s, person, existing, [s.PledgeAlreadySaved], [], cancellationToken).ConfigureAwait(false));
        }

        var validation = PledgeValidator.Validate(submission, campaign, s);
        if (!validation.IsValid)
        {
            var errors = validation.UnknownChoices && submission.CampaignVersion != campaign.Version
                ? [s.PledgeCampaignUpdated, .. validation.Errors.Where(e => e != s.PledgeTitleUnknown && e != s.PledgeAreasUnknown)]
                : new List<string> { s.PledgeErrorsHeading }.Concat(validation.Errors).ToList();
            return InvokeResponse.Card(cards.Form(campaign, s, person, submission.Kind, PledgeFormValues.From(submission), submission.Nonce, errors, []));
        }

        var result = await pledges.SaveAsync(new PledgeSave
        {
            TenantId = campaign.TenantId,
            CampaignId = campaign.CampaignId,
            Kind = submission.Kind,
            Subject = submission.Subject,
            UnitId = person.UnitId,
            Content = validation.Content!,
            CampaignVersion = submission.CampaignVersion,
            Nonce = string.IsNullOrEmpty(submission.Nonce) ? PledgeCardFactory.NewNonce() : submission.Nonce,
            By = new PledgeAuthor(request.Caller.AadObjectId, person.SignInName, person.DisplayName),
            At = now,
        }, cancellationToken).ConfigureAwait(false);

        if (result.Pledge is not { } pledge)
        {
            return InvokeResponse.Card(cards.Form(campaign, s, person, submission.Kind, PledgeFormValues.From(submission), submission.Nonce, [s.PledgeConflict], []));
        }
        if (result.Outcome == PledgeSaveOutcome.Saved)
        {
            logger.LogInformation("Pledge ({Kind}) saved in campaign {CampaignId}: version {Version}", pledge.Kind, campaign.CampaignId, pledge.Version);
        }
        var notice = result.Outcome switch
        {
            PledgeSaveOutcome.Saved => Format(s.PledgeSaved, pledge.Version),
            PledgeSaveOutcome.Unchanged => s.PledgeUnchanged,
            _ => s.PledgeAlreadySaved,
        };
        return InvokeResponse.Card(await cards.SummaryAsync(campaign, s, person, pledge, [notice], [], cancellationToken).ConfigureAwait(false));
    }

    private static string Format(string template, object value) => string.Format(CultureInfo.InvariantCulture, template, value);
}
