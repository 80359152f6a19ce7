using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Roster;

internal sealed class PersonEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string SignInName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? Email { get; set; }
    public string? AadObjectId { get; set; }
    public string? UnitId { get; set; }
    public string? JobTitle { get; set; }
    public int Roles { get; set; }
    public bool Active { get; set; }
    public string Source { get; set; } = "";
    public DateTimeOffset? AddedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public DateTimeOffset? LeftAt { get; set; }

    public static PersonEntity From(string partition, Person p) => new()
    {
        PartitionKey = partition,
        RowKey = RosterKeys.PersonRow(p.SignInName),
        SignInName = RosterKeys.NormalizeSignInName(p.SignInName),
        DisplayName = p.DisplayName,
        Email = p.Email,
        AadObjectId = p.AadObjectId,
        UnitId = p.UnitId,
        JobTitle = p.JobTitle,
        Roles = (int)p.Roles,
        Active = p.Active,
        Source = p.Source,
        AddedAt = p.AddedAt,
        UpdatedAt = p.UpdatedAt,
        LeftAt = p.LeftAt,
    };

    /// <summary>The person's copy in their unit's range of the people-by-unit index (null without a unit).</summary>
    public static PersonEntity? UnitCopy(string partition, Person p) =>
        p.UnitId is { } unit ? From(partition, p).WithRowKey(RosterKeys.UnitPersonRow(unit, p.SignInName)) : null;

    private PersonEntity WithRowKey(string rowKey)
    {
        RowKey = rowKey;
        return this;
    }

    public Person ToRecord() => new()
    {
        SignInName = SignInName,
        DisplayName = DisplayName,
        Email = Email,
        AadObjectId = AadObjectId,
        UnitId = UnitId,
        JobTitle = JobTitle,
        Roles = (Role)Roles,
        Active = Active,
        Source = Source,
        AddedAt = AddedAt,
        UpdatedAt = UpdatedAt,
        LeftAt = LeftAt,
    };
}
