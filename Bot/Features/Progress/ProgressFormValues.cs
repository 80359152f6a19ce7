using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Progress;

namespace ThiDuaBot.Bot.Features.Progress;

/// <summary>The values to prefill a progress form with: a stored report to edit, or a refused submission as typed.</summary>
public sealed record ProgressFormValues(
    IReadOnlyDictionary<string, string?> Statuses,
    IReadOnlyDictionary<string, string?> Achieved,
    string? GoodDeedAbout,
    string? GoodDeedName,
    string? GoodDeedText)
{
    public static readonly ProgressFormValues Empty = new(new Dictionary<string, string?>(), new Dictionary<string, string?>(), null, null, null);

    public static ProgressFormValues From(ProgressContent content) => new(
        content.Areas.ToDictionary(area => area.AreaId, area => (string?)ProgressStatuses.Id(area.Status)),
        content.Areas.ToDictionary(area => area.AreaId, area => (string?)area.Achieved),
        content.GoodDeed is null ? null : content.GoodDeed.AboutSelf ? ProgressCard.GoodDeedSelf : ProgressCard.GoodDeedColleague,
        content.GoodDeed?.ColleagueName,
        content.GoodDeed?.Description);

    public static ProgressFormValues From(ProgressSubmission submission) =>
        new(submission.Statuses, submission.Achieved, submission.GoodDeedAbout, submission.GoodDeedName, submission.GoodDeedText);
}
