using System.Globalization;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Progress;

namespace ThiDuaBot.Bot.Features.Progress.Units;

/// <summary>
/// <c>unit.month.amend</c> (<b>Sửa báo cáo tháng</b>): after the checks of <see cref="UnitMonthRequests"/>, stores the
/// next version of the unit's monthly report with the new comment, the reason (required, at most
/// <see cref="UnitMonthLimits.MaxReasonLength"/> characters) and a fresh snapshot; only once the report is submitted
/// and until the council digest of the month is posted. The same card pressed twice stores once. A refusal stores
/// nothing and keeps what was typed.
/// </summary>
public sealed class UnitMonthAmendHandler(
    UnitMonthRequests requests, UnitMonthRollups rollups, ProgressStore reports, TimeProvider time, ILogger<UnitMonthAmendHandler> logger)
    : ICardActionHandler
{
    public string Verb => UnitMonthCard.AmendVerb;

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (request, refusal) = await requests.CheckAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return refusal!;
        }
        if (requests.RefuseIfClosed(turn, request) is { } closed)
        {
            return closed;
        }
        var (s, campaign, month) = (request.Strings, request.Campaign, request.Month);
        if (request.Data.Report is null)
        {
            return requests.Card(turn, request, new UnitMonthView { Errors = [Format(s.UnitMonthNotSubmitted, month.Text)] });
        }
        if (request.Data.DigestPosted)
        {
            return requests.Card(turn, request, new UnitMonthView { Errors = [Format(s.UnitMonthDigestPosted, month.Text)] });
        }
        var typedReason = CardData.Text(action.Data, UnitMonthCard.ReasonInput);
        var typedComment = CardData.Text(action.Data, UnitMonthCard.CommentInput);
        var reason = PledgeValidator.Clean(typedReason);
        var comment = PledgeValidator.Clean(typedComment);
        var errors = new List<string>();
        if (reason.Length == 0)
        {
            errors.Add(s.UnitMonthReasonRequired);
        }
        else if (reason.Length > UnitMonthLimits.MaxReasonLength)
        {
            errors.Add(Format(s.UnitMonthReasonTooLong, PledgeValidator.Count(s, reason.Length), PledgeValidator.Count(s, UnitMonthLimits.MaxReasonLength)));
        }
        if (comment.Length > UnitMonthLimits.MaxCommentLength)
        {
            errors.Add(Format(s.UnitMonthCommentTooLong, PledgeValidator.Count(s, comment.Length), PledgeValidator.Count(s, UnitMonthLimits.MaxCommentLength)));
        }
        var typed = new UnitMonthView { TypedComment = typedComment ?? "", TypedReason = typedReason };
        if (errors.Count > 0)
        {
            return requests.Card(turn, request, typed with { Errors = [s.UnitMonthErrorsHeading, .. errors] });
        }

        var members = request.Data.Members;
        var result = await reports.AmendUnitReportAsync(
            new UnitReportWrite
            {
                TenantId = campaign.TenantId,
                CampaignId = campaign.CampaignId,
                Month = month.Key,
                UnitId = request.UnitId,
                Comment = comment,
                Reason = reason,
                Nonce = CardData.Id(action.Data, UnitMonthCard.NonceKey) is { Length: > 0 } nonce ? nonce : PledgeCardFactory.NewNonce(),
                By = UnitMonthAuthor.Of(request),
                At = time.GetUtcNow(),
            },
            async ct => UnitMonthRollups.Snapshot(campaign, await rollups.LoadAsync(campaign, request.UnitId, month, members, ct).ConfigureAwait(false)),
            cancellationToken).ConfigureAwait(false);

        if (result.Outcome == UnitReportOutcome.Amended)
        {
            logger.LogInformation("Unit report for {Month} amended for unit {UnitId} in campaign {CampaignId}: version {Version}",
                month.Key, request.UnitId, campaign.CampaignId, result.Report!.Version);
        }
        var view = result.Outcome switch
        {
            UnitReportOutcome.Amended => new UnitMonthView { Notices = [Format(s.UnitMonthAmended, result.Report!.Version)] },
            UnitReportOutcome.AlreadySaved => new UnitMonthView { Notices = [s.UnitMonthAlreadySaved] },
            UnitReportOutcome.NotSubmitted => new UnitMonthView { Errors = [Format(s.UnitMonthNotSubmitted, month.Text)] },
            UnitReportOutcome.DigestPosted => new UnitMonthView { Errors = [Format(s.UnitMonthDigestPosted, month.Text)] },
            _ => typed with { Errors = [s.UnitMonthConflict] },
        };
        return await requests.FreshCardAsync(turn, request, view, cancellationToken).ConfigureAwait(false);
    }

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
