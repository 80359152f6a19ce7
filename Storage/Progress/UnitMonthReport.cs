namespace ThiDuaBot.Storage.Progress;

/// <summary>
/// A unit's monthly report (<c>unit|{unit}</c> row for the current version, <c>uv|{unit}|{000001}</c> for each
/// version): the head's comment, the snapshot of the unit's month taken when it was written, and who wrote it when.
/// Version 1 is the submission; each later version is an amendment with its <see cref="Reason"/>. Its existence closes
/// the month for the unit's people.
/// </summary>
public sealed record UnitMonthReport
{
    public required string UnitId { get; init; }
    /// <summary><c>yyyy-MM</c>.</summary>
    public required string Month { get; init; }
    public required int Version { get; init; }
    public string Comment { get; init; } = "";
    /// <summary>Why the report was amended; null for the submission (version 1).</summary>
    public string? Reason { get; init; }
    /// <summary>The unit's month as it stood when this version was written; null only if the bot stopped between the two writes of a submission.</summary>
    public UnitReportSnapshot? Snapshot { get; init; }
    /// <summary>When the report was first submitted (version 1).</summary>
    public required DateTimeOffset SubmittedAt { get; init; }
    public required ProgressAuthor SubmittedBy { get; init; }
    /// <summary>When this version was written.</summary>
    public required DateTimeOffset SavedAt { get; init; }
    public required ProgressAuthor SavedBy { get; init; }
    /// <summary>The card instance this version came from.</summary>
    public string Nonce { get; init; } = "";
}
