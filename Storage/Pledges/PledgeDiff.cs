namespace ThiDuaBot.Storage.Pledges;

/// <summary>
/// What changed from one version of a pledge to the next. Versions store their whole content; the difference is
/// computed when it is shown, so it can never disagree with what was stored.
/// </summary>
public sealed record PledgeDiff(
    string? TitleBefore,
    string? TitleAfter,
    IReadOnlyList<string> AreasAdded,
    IReadOnlyList<string> AreasRemoved,
    bool TargetsChanged,
    IReadOnlyList<PledgeNumberChange> Numbers,
    bool CommitmentChanged)
{
    public bool TitleChanged => TitleBefore != TitleAfter;

    public bool IsEmpty => !TitleChanged && AreasAdded.Count == 0 && AreasRemoved.Count == 0 && !TargetsChanged && Numbers.Count == 0 && !CommitmentChanged;

    public static PledgeDiff Between(PledgeContent before, PledgeContent after)
    {
        var titleChanged = before.TitleId != after.TitleId;
        var numbers = before.Numbers.Keys.Union(after.Numbers.Keys).Order(StringComparer.Ordinal)
            .Select(id => new PledgeNumberChange(id, Value(before.Numbers, id), Value(after.Numbers, id)))
            .Where(change => change.Before != change.After)
            .ToList();
        return new PledgeDiff(
            titleChanged ? before.TitleId : null,
            titleChanged ? after.TitleId : null,
            after.ContentAreaIds.Except(before.ContentAreaIds).ToList(),
            before.ContentAreaIds.Except(after.ContentAreaIds).ToList(),
            before.Targets != after.Targets,
            numbers,
            before.Commitment != after.Commitment);
    }

    private static int? Value(IReadOnlyDictionary<string, int> numbers, string id) => numbers.TryGetValue(id, out var value) ? value : null;
}
