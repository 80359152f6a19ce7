namespace ThiDuaBot.Storage.Pledges;

/// <summary>
/// What a pledge says: the title aimed at, the content areas committed to (campaign ids, in the campaign's order),
/// the concrete targets, optional numeric targets by id (e.g. <c>initiatives</c>), and the commitment statement.
/// Two contents are equal when every field is, so a resubmission of the same pledge is recognised.
/// </summary>
public sealed record PledgeContent(
    string TitleId,
    IReadOnlyList<string> ContentAreaIds,
    string Targets,
    IReadOnlyDictionary<string, int> Numbers,
    string Commitment)
{
    public bool Equals(PledgeContent? other) =>
        other is not null
        && TitleId == other.TitleId
        && ContentAreaIds.SequenceEqual(other.ContentAreaIds)
        && Targets == other.Targets
        && Commitment == other.Commitment
        && Numbers.Count == other.Numbers.Count
        && Numbers.All(pair => other.Numbers.TryGetValue(pair.Key, out var value) && value == pair.Value);

    public override int GetHashCode() => HashCode.Combine(TitleId, ContentAreaIds.Count, Targets, Commitment, Numbers.Count);
}
