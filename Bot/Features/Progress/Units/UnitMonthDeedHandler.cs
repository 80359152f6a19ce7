using System.Globalization;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Progress;

namespace ThiDuaBot.Bot.Features.Progress.Units;

/// <summary>
/// <c>unit.month.deed</c> (<b>Xác nhận</b> / <b>Tạm gác</b> next to a good deed): after the checks of
/// <see cref="UnitMonthRequests"/>, stores the head's decision on the deed a person of the unit put forward this month,
/// with the deed as it reads now and the version of the person's report it was read from. Only for a person of the
/// unit who has a good deed this month, only while the unit report is not submitted. Deciding the same twice stores once.
/// </summary>
public sealed class UnitMonthDeedHandler(UnitMonthRequests requests, ProgressStore reports, TimeProvider time) : ICardActionHandler
{
    public string Verb => UnitMonthCard.DeedVerb;

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (request, refusal) = await requests.CheckAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return refusal!;
        }
        var s = request.Strings;
        var person = CardData.Id(action.Data, UnitMonthCard.PersonKey)?.Trim();
        if (string.IsNullOrEmpty(person))
        {
            return InvokeResponse.Message(s.UnitMonthUnknownAction);
        }
        if (GoodDeedDecisions.Parse(CardData.Id(action.Data, UnitMonthCard.DecisionKey)) is not { } decision)
        {
            return InvokeResponse.Message(s.UnitMonthDeedUnknownDecision);
        }
        if (requests.RefuseIfClosed(turn, request) is { } closed)
        {
            return closed;
        }
        var (data, campaign, month) = (request.Data, request.Campaign, request.Month);
        var subject = ProgressKeys.NormalizeSubject(person);
        if (data.Members.FirstOrDefault(m => UnitMonthRollups.Subject(m) == subject) is not { } member)
        {
            return InvokeResponse.Message(Format(s.UnitMonthDeedNotInUnit, person));
        }
        if (data.Entries.GetValueOrDefault(subject) is not { GoodDeed: { } deed } entry)
        {
            return InvokeResponse.Message(Format(s.UnitMonthDeedNone, member.DisplayName, month.Text));
        }
        if (data.Report is not null)
        {
            return requests.Card(turn, request, new UnitMonthView { Errors = [s.UnitMonthDeedClosed] });
        }

        var outcome = await reports.DecideGoodDeedAsync(campaign.TenantId, campaign.CampaignId, month.Key, new StoredDeedDecision
        {
            UnitId = request.UnitId,
            Subject = subject,
            Decision = decision,
            Deed = deed,
            ReportVersion = entry.Version,
            DecidedAt = time.GetUtcNow(),
            DecidedBy = UnitMonthAuthor.Of(request),
        }, cancellationToken).ConfigureAwait(false);

        var view = outcome switch
        {
            DeedDecisionOutcome.Saved => new UnitMonthView
            {
                Notices = [Format(s.UnitMonthDeedSaved, member.DisplayName, decision == GoodDeedDecision.Confirmed ? s.UnitMonthDeedConfirmed : s.UnitMonthDeedSetAsideState)],
            },
            DeedDecisionOutcome.Unchanged => new UnitMonthView { Notices = [s.UnitMonthDeedUnchanged] },
            DeedDecisionOutcome.MonthClosed => new UnitMonthView { Errors = [s.UnitMonthDeedClosed] },
            _ => new UnitMonthView { Errors = [s.UnitMonthConflict] },
        };
        return await requests.FreshCardAsync(turn, request, view, cancellationToken).ConfigureAwait(false);
    }

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
