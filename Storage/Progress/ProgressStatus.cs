namespace ThiDuaBot.Storage.Progress;

/// <summary>Where a person stands on one content area of their pledge this month.</summary>
public enum ProgressStatus
{
    /// <summary><i>chưa thực hiện</i></summary>
    NotStarted,
    /// <summary><i>đang thực hiện</i></summary>
    InProgress,
    /// <summary><i>hoàn thành</i></summary>
    Done,
    /// <summary><i>gặp khó khăn</i></summary>
    Blocked,
}
