using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Roster;

/// <summary>Index row: Microsoft Entra object id → the person's sign-in name, so an activity's <c>from.aadObjectId</c> finds the person in one point read.</summary>
internal sealed class AadIndexEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string SignInName { get; set; } = "";
}
