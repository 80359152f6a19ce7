using System.Globalization;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Progress;

namespace ThiDuaBot.Bot.Features.Progress.Units;

/// <summary>
/// <c>unit.month.submit</c> (<b>Gửi báo cáo tháng</b>): after the checks of <see cref="UnitMonthRequests"/>, stores the
/// unit's monthly report, version 1: the head's comment (at most <see cref="UnitMonthLimits.MaxCommentLength"/>
/// characters), a snapshot of the unit's month, who and when. It closes the month for the unit's people. The first
/// submission stands: a double click or a second head gets the stored report. A refusal stores nothing and keeps what
/// was typed.
/// </summary>
public sealed class UnitMonthSubmitHandler(
    UnitMonthRequests requests, UnitMonthRollups rollups, ProgressStore reports, TimeProvider time, ILogger<UnitMonthSubmitHandler> logger)
    : ICardActionHandler
{
    public string Verb => UnitMonthCard.SubmitVerb;

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
        if (request.Data.Report is { } stored)
        {
            return requests.Card(turn, request, new UnitMonthView { Notices = [AlreadySubmitted(s, campaign, month, stored)] });
        }
        var typed = CardData.Text(action.Data, UnitMonthCard.CommentInput);
        var comment = PledgeValidator.Clean(typed);
        if (comment.Length > UnitMonthLimits.MaxCommentLength)
        {
            return requests.Card(turn, request, new UnitMonthView
            {
                Errors = [s.UnitMonthErrorsHeading, Format(s.UnitMonthCommentTooLong, PledgeValidator.Count(s, comment.Length), PledgeValidator.Count(s, UnitMonthLimits.MaxCommentLength))],
                TypedComment = typed,
            });
        }

        var members = request.Data.Members;
        var result = await reports.SubmitUnitReportAsync(
            new UnitReportWrite
            {
                TenantId = campaign.TenantId,
                CampaignId = campaign.CampaignId,
                Month = month.Key,
                UnitId = request.UnitId,
                Comment = comment,
                Nonce = CardData.Id(action.Data, UnitMonthCard.NonceKey) is { Length: > 0 } nonce ? nonce : PledgeCardFactory.NewNonce(),
                By = UnitMonthAuthor.Of(request),
                At = time.GetUtcNow(),
            },
            // Called once the unit row exists: the unit's month is read after it is closed.
            async ct => UnitMonthRollups.Snapshot(campaign, await rollups.LoadAsync(campaign, request.UnitId, month, members, ct).ConfigureAwait(false)),
            cancellationToken).ConfigureAwait(false);

        if (result.Outcome == UnitReportOutcome.Submitted)
        {
            logger.LogInformation("Unit report for {Month} submitted for unit {UnitId} in campaign {CampaignId}", month.Key, request.UnitId, campaign.CampaignId);
        }
        var notice = result.Outcome == UnitReportOutcome.Submitted || result.Report is null
            ? Format(s.UnitMonthSubmitted, month.Text)
            : AlreadySubmitted(s, campaign, month, result.Report);
        return await requests.FreshCardAsync(turn, request, new UnitMonthView { Notices = [notice] }, cancellationToken).ConfigureAwait(false);
    }

    private static string AlreadySubmitted(Strings s, PledgeCampaign campaign, ProgressMonth month, UnitMonthReport report) =>
        Format(s.UnitMonthAlreadySubmitted, month.Text, report.SubmittedBy.Name ?? report.SubmittedBy.SignInName ?? "",
            campaign.Local(report.SubmittedAt).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture));

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
