using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Reminders;

/// <summary>
/// How many reminders one person got for one prompt (<c>c|prompt|person</c> row), and the rounds that counted, so that
/// counting the same round again (a retried slot, a double click) adds nothing.
/// </summary>
internal sealed class ReminderCountEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int Count { get; set; }
    /// <summary>The rounds counted, one a line (a few: at most the campaign's cap).</summary>
    public string Rounds { get; set; } = "";
    public DateTimeOffset LastAt { get; set; }

    public IReadOnlyList<string> RoundList() => Rounds.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A reminder slot whose sends are all queued (<c>s|round</c> row): the scheduler does not run it again.</summary>
internal sealed class ReminderSlotEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public DateTimeOffset DoneAt { get; set; }
    public int Queued { get; set; }
    public int CapReached { get; set; }
    public int Unreachable { get; set; }
}
