using System.Globalization;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Progress;

namespace ThiDuaBot.Bot.Features.Progress;

/// <summary>
/// <c>progress.submit</c>: after the checks of <see cref="ProgressRequests"/>, refuses a card built from an older
/// version of the pledge (a fresh card from the current pledge answers, keeping what was typed for the areas still
/// pledged), validates the values, and stores the report's next version. Any refusal stores nothing and answers in
/// the person's language with every value kept. Success replaces the card with the summary; a double click (same
/// card or same content) stores once.
/// </summary>
public sealed class ProgressSubmitHandler(ProgressRequests requests, ProgressStore reports, TimeProvider time, ILogger<ProgressSubmitHandler> logger)
    : ICardActionHandler
{
    public string Verb => ProgressCard.SubmitVerb;

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (request, refusal) = await requests.CheckAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return refusal!;
        }
        var (caller, person, campaign, pledge, month, submission, s) = request;
        var typed = ProgressFormValues.From(submission);
        if (submission.PledgeVersion != pledge.Version)
        {
            return InvokeResponse.Card(ProgressCardFactory.Form(campaign, s, person, pledge, month, typed, PledgeCardFactory.NewNonce(), [s.ProgressPledgeChanged], []));
        }
        var existing = await reports.GetAsync(campaign.TenantId, campaign.CampaignId, month.Key, person.SignInName, cancellationToken).ConfigureAwait(false);
        if (existing is not null && existing.RecentNonces.Contains(submission.Nonce, StringComparer.Ordinal))
        {
            return InvokeResponse.Card(ProgressCardFactory.Summary(campaign, s, person, pledge, month, existing, editable: true, [s.ProgressAlreadySaved], []));
        }
        var validation = ProgressValidator.Validate(submission, pledge, campaign, s);
        if (!validation.IsValid)
        {
            return InvokeResponse.Card(ProgressCardFactory.Form(campaign, s, person, pledge, month, typed, submission.Nonce, [s.ProgressErrorsHeading, .. validation.Errors], []));
        }

        var result = await reports.SaveAsync(new ProgressSave
        {
            TenantId = campaign.TenantId,
            CampaignId = campaign.CampaignId,
            Month = month.Key,
            Subject = person.SignInName,
            UnitId = person.UnitId,
            Content = validation.Content!,
            PledgeVersion = pledge.Version,
            Nonce = string.IsNullOrEmpty(submission.Nonce) ? PledgeCardFactory.NewNonce() : submission.Nonce,
            By = new ProgressAuthor(caller.AadObjectId, person.SignInName, person.DisplayName),
            At = time.GetUtcNow(),
        }, cancellationToken).ConfigureAwait(false);

        if (result.Outcome == ProgressSaveOutcome.MonthClosed)
        {
            var message = ProgressCardFactory.StateMessage(s, ProgressMonthState.UnitClosed, month, null);
            return InvokeResponse.Card(result.Progress is { } stored
                ? ProgressCardFactory.Summary(campaign, s, person, pledge, month, stored, editable: false, [], [message])
                : ProgressCardFactory.Closed(campaign, s, person, month, message));
        }
        if (result.Outcome == ProgressSaveOutcome.Conflict || result.Progress is not { } report)
        {
            return InvokeResponse.Card(ProgressCardFactory.Form(campaign, s, person, pledge, month, typed, submission.Nonce, [s.ProgressConflict], []));
        }
        if (result.Outcome == ProgressSaveOutcome.Saved)
        {
            logger.LogInformation("Progress report for {Month} saved in campaign {CampaignId}: version {Version}", month.Key, campaign.CampaignId, report.Version);
        }
        var notice = result.Outcome switch
        {
            ProgressSaveOutcome.Saved => string.Format(CultureInfo.InvariantCulture, s.ProgressSaved, report.Version),
            ProgressSaveOutcome.Unchanged => s.ProgressUnchanged,
            _ => s.ProgressAlreadySaved,
        };
        return InvokeResponse.Card(ProgressCardFactory.Summary(campaign, s, person, pledge, month, report, editable: true, [notice], []));
    }
}
