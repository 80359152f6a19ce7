using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage;

/// <summary>
/// The one transaction a versioned save writes (pledges, progress reports): the current row, added when new or replaced
/// with the ETag it was read with (so of two concurrent saves one fails and decides again); the new version row, added
/// (never overwritten); and the small copy in the unit's index range, moved when the unit changed.
/// </summary>
public static class VersionedRows
{
    /// <param name="current">The current row as it will be.</param>
    /// <param name="readETag">The ETag of the current row as read; null when there was none (then it is added).</param>
    /// <param name="version">The new version row.</param>
    /// <param name="staleIndex">The index row under the unit the record had before, when that unit changed; else null.</param>
    /// <param name="index">The index row under the record's unit now; null without a unit.</param>
    public static List<TableTransactionAction> Save(ITableEntity current, ETag? readETag, ITableEntity version, ITableEntity? staleIndex, ITableEntity? index)
    {
        var actions = new List<TableTransactionAction>
        {
            readETag is { } etag
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, current, etag)
                : new TableTransactionAction(TableTransactionActionType.Add, current),
            new(TableTransactionActionType.Add, version),
        };
        if (staleIndex is not null)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, staleIndex, ETag.All));
        }
        if (index is not null)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, index));
        }
        return actions;
    }
}
