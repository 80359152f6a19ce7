using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Roster;

internal sealed class UnitEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string UnitId { get; set; } = "";
    public string Name { get; set; } = "";
    public bool Active { get; set; }
    public DateTimeOffset? AddedAt { get; set; }
    public DateTimeOffset? LeftAt { get; set; }

    public static UnitEntity From(string partition, Unit u) => new()
    {
        PartitionKey = partition,
        RowKey = RosterKeys.UnitRow(u.UnitId),
        UnitId = u.UnitId,
        Name = u.Name,
        Active = u.Active,
        AddedAt = u.AddedAt,
        LeftAt = u.LeftAt,
    };

    public Unit ToRecord() => new() { UnitId = UnitId, Name = Name, Active = Active, AddedAt = AddedAt, LeftAt = LeftAt };
}
