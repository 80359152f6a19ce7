namespace ThiDuaBot.Storage.Progress;

/// <summary>
/// The head's decision on the good deed a person of the unit put forward this month (<c>d|{unit}|{person}</c>): the
/// deed as it read when decided (so the digest needs nothing else), the version of the person's report it was read
/// from, who decided and when. A decision holds only while the person's deed still reads the same.
/// </summary>
public sealed record StoredDeedDecision
{
    public required string UnitId { get; init; }
    /// <summary>The person who put the deed forward, sign-in name, lower case.</summary>
    public required string Subject { get; init; }
    public required GoodDeedDecision Decision { get; init; }
    public required GoodDeed Deed { get; init; }
    public required int ReportVersion { get; init; }
    public required DateTimeOffset DecidedAt { get; init; }
    public required ProgressAuthor DecidedBy { get; init; }

    /// <summary>Whether the decision still applies to <paramref name="current"/>, the deed the person's report puts forward now.</summary>
    public bool AppliesTo(GoodDeed? current) => current is not null && current == Deed;
}
