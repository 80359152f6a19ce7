using System.Globalization;
using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Progress;

/// <summary>
/// Builds progress cards from storage: the form for a month (from the person's current pledge, empty, prefilled
/// for an edit, or a refused submission with its errors), the summary of a stored report, and the card a person
/// should see now for a month.
/// </summary>
public sealed class ProgressCardFactory(ProgressStore reports, TimeProvider time)
{
    /// <summary>
    /// The card the person should see for <paramref name="month"/>: the summary once reported (final when the month
    /// is closed for them), the form before, a closed notice when the month cannot be reported on and nothing was.
    /// </summary>
    public async Task<JsonObject> CurrentAsync(
        PledgeCampaign campaign, Strings s, Person person, StoredPledge pledge, ProgressMonth month, CancellationToken cancellationToken)
    {
        var (state, phase) = await month.StateAsync(campaign, person.UnitId, time.GetUtcNow(), reports, cancellationToken).ConfigureAwait(false);
        var report = await reports.GetAsync(campaign.TenantId, campaign.CampaignId, month.Key, person.SignInName, cancellationToken).ConfigureAwait(false);
        if (state != ProgressMonthState.Open)
        {
            var message = StateMessage(s, state, month, phase?.Name);
            return report is null
                ? Closed(campaign, s, person, month, message)
                : Summary(campaign, s, person, pledge, month, report, editable: false, [], [message]);
        }
        return report is null
            ? Form(campaign, s, person, pledge, month, ProgressFormValues.Empty, PledgeCardFactory.NewNonce(), [], [])
            : Summary(campaign, s, person, pledge, month, report, editable: true, [], []);
    }

    /// <summary>The form for the person's current <paramref name="pledge"/>: one status and text for each content area pledged.</summary>
    public static JsonObject Form(
        PledgeCampaign campaign, Strings s, Person person, StoredPledge pledge, ProgressMonth month, ProgressFormValues values, string nonce,
        IReadOnlyList<string> errors, IReadOnlyList<string> notices) =>
        ProgressCard.Form(s, new ProgressFormModel
        {
            Action = new ProgressActionData(campaign.CampaignId, month.Key, pledge.Subject, pledge.Version, nonce),
            CampaignTitle = campaign.Definition.Title,
            MonthText = month.Text,
            PersonName = person.DisplayName,
            UnitName = campaign.UnitName(person.UnitId, s),
            TitleName = campaign.TitleName(pledge.Content.TitleId),
            Targets = pledge.Content.Targets,
            Statuses = ProgressStatuses.All.Select(status => new PledgeChoice(ProgressStatuses.Id(status), StatusText(s, status))).ToList(),
            Areas = pledge.Content.ContentAreaIds
                .Select(id => new ProgressAreaInput(id, campaign.AreaTitle(id), values.Statuses.GetValueOrDefault(id), values.Achieved.GetValueOrDefault(id)))
                .ToList(),
            GoodDeedAbout = values.GoodDeedAbout,
            GoodDeedName = values.GoodDeedName,
            GoodDeedText = values.GoodDeedText,
            Errors = errors,
            Notices = notices,
        });

    /// <summary>The summary of <paramref name="report"/>: the areas reported on, then the pledge's areas not reported on.</summary>
    public static JsonObject Summary(
        PledgeCampaign campaign, Strings s, Person person, StoredPledge pledge, ProgressMonth month, StoredProgress report, bool editable,
        IReadOnlyList<string> notices, IReadOnlyList<string> errors)
    {
        var reported = report.Content.Areas.Select(area => area.AreaId).ToHashSet(StringComparer.Ordinal);
        var deed = report.Content.GoodDeed;
        return ProgressCard.Summary(s, new ProgressSummaryModel
        {
            Action = new ProgressActionData(campaign.CampaignId, month.Key, pledge.Subject, pledge.Version, PledgeCardFactory.NewNonce()),
            CampaignTitle = campaign.Definition.Title,
            MonthText = month.Text,
            PersonName = person.DisplayName,
            UnitName = campaign.UnitName(person.UnitId, s),
            TitleName = campaign.TitleName(pledge.Content.TitleId),
            Editable = editable,
            Areas =
            [
                .. report.Content.Areas.Select(area => new ProgressAreaLine(campaign.AreaTitle(area.AreaId), StatusText(s, area.Status), area.Achieved)),
                .. pledge.Content.ContentAreaIds.Where(id => !reported.Contains(id)).Select(id => new ProgressAreaLine(campaign.AreaTitle(id), s.ProgressNotReported, "")),
            ],
            GoodDeedAbout = deed is null ? null : Format(deed.AboutSelf ? s.ProgressGoodDeedAboutSelf : s.ProgressGoodDeedAboutColleague, deed.ColleagueName ?? person.DisplayName),
            GoodDeedText = deed?.Description,
            Version = report.Version,
            SavedAt = campaign.Local(report.SavedAt),
            Notices = notices,
            Errors = errors,
        });
    }

    public static JsonObject Closed(PledgeCampaign campaign, Strings s, Person person, ProgressMonth month, string message) =>
        ProgressCard.Closed(s, campaign.Definition.Title, month.Text, person.DisplayName, campaign.UnitName(person.UnitId, s), message);

    /// <summary>Why the month cannot be reported on, in the person's language; empty when it can.</summary>
    public static string StateMessage(Strings s, ProgressMonthState state, ProgressMonth month, string? phaseName) => state switch
    {
        ProgressMonthState.Future => Format(s.ProgressMonthFuture, month.Text),
        ProgressMonthState.OutsidePhases => Format(s.ProgressMonthOutsidePhases, month.Text),
        ProgressMonthState.PhaseClosed => Format(s.ProgressPhaseClosed, month.Text, phaseName ?? ""),
        ProgressMonthState.UnitClosed => Format(s.ProgressUnitMonthClosed, month.Text),
        _ => "",
    };

    public static string StatusText(Strings s, ProgressStatus status) => status switch
    {
        ProgressStatus.NotStarted => s.ProgressStatusNotStarted,
        ProgressStatus.InProgress => s.ProgressStatusInProgress,
        ProgressStatus.Done => s.ProgressStatusDone,
        _ => s.ProgressStatusBlocked,
    };

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
