using System.Globalization;
using ThiDuaBot.Storage.Pledges;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>The values to prefill a pledge form with: a stored pledge to edit, or a refused submission as typed.</summary>
public sealed record PledgeFormValues(
    string? TitleId,
    IReadOnlyList<string> ContentAreaIds,
    string? Targets,
    string? Commitment,
    IReadOnlyDictionary<string, string?> Numbers)
{
    public static readonly PledgeFormValues Empty = new(null, [], null, null, new Dictionary<string, string?>());

    public static PledgeFormValues From(PledgeContent content) => new(
        content.TitleId,
        content.ContentAreaIds,
        content.Targets,
        content.Commitment,
        content.Numbers.ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString(CultureInfo.InvariantCulture)));

    public static PledgeFormValues From(PledgeSubmission submission) =>
        new(submission.TitleId, submission.ContentAreaIds, submission.Targets, submission.Commitment, submission.Numbers);
}
