namespace ThiDuaBot.Storage.Progress;

/// <summary>
/// What a monthly report says: a status (and what was achieved) for each content area reported on, in the pledge's
/// order, and optionally a good deed. Two contents are equal when every field is, so a resubmission is recognised.
/// </summary>
public sealed record ProgressContent(IReadOnlyList<ProgressAreaReport> Areas, GoodDeed? GoodDeed)
{
    public bool Equals(ProgressContent? other) =>
        other is not null && Areas.SequenceEqual(other.Areas) && GoodDeed == other.GoodDeed;

    public override int GetHashCode() => HashCode.Combine(Areas.Count, GoodDeed);
}
