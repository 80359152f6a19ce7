namespace ThiDuaBot.Storage.Progress;

/// <summary>The stable ids of <see cref="ProgressStatus"/>, as cards send them and the table stores them.</summary>
public static class ProgressStatuses
{
    public static readonly IReadOnlyList<ProgressStatus> All = [ProgressStatus.NotStarted, ProgressStatus.InProgress, ProgressStatus.Done, ProgressStatus.Blocked];

    public static string Id(ProgressStatus status) => status switch
    {
        ProgressStatus.NotStarted => "not-started",
        ProgressStatus.InProgress => "in-progress",
        ProgressStatus.Done => "done",
        ProgressStatus.Blocked => "blocked",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static ProgressStatus? Parse(string? id) => All.Cast<ProgressStatus?>().FirstOrDefault(status => Id(status!.Value) == id);
}
