using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Progress;

/// <summary>The columns the current row and the version rows share: whose report, its content, who saved it and when.</summary>
internal abstract class ProgressContentEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Subject { get; set; } = "";
    public string? UnitId { get; set; }
    public int Version { get; set; }
    /// <summary>JSON array: content area id, status id, what was achieved.</summary>
    public string Areas { get; set; } = "[]";
    public string? GoodDeedColleague { get; set; }
    public string? GoodDeed { get; set; }
    public int PledgeVersion { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public string? SavedByAadObjectId { get; set; }
    public string? SavedBySignInName { get; set; }
    public string? SavedByName { get; set; }

    protected void Fill(StoredProgress progress, string rowKey)
    {
        PartitionKey = ProgressKeys.Partition(progress.TenantId, progress.CampaignId, progress.Month);
        RowKey = rowKey;
        Subject = ProgressKeys.NormalizeSubject(progress.Subject);
        UnitId = progress.UnitId;
        Version = progress.Version;
        Areas = ProgressColumns.Areas(progress.Content);
        GoodDeedColleague = progress.Content.GoodDeed?.ColleagueName;
        GoodDeed = progress.Content.GoodDeed?.Description;
        PledgeVersion = progress.PledgeVersion;
        SavedAt = progress.SavedAt;
        SavedByAadObjectId = progress.SavedBy.AadObjectId;
        SavedBySignInName = progress.SavedBy.SignInName;
        SavedByName = progress.SavedBy.Name;
    }

    protected ProgressContent Content() => ProgressColumns.Content(Areas, GoodDeedColleague, GoodDeed);

    protected ProgressAuthor SavedBy() => new(SavedByAadObjectId, SavedBySignInName, SavedByName);
}

/// <summary>The current report of a person for the month (<c>p|…</c> row).</summary>
internal sealed class ProgressEntity : ProgressContentEntity
{
    /// <summary>Card nonces remembered on the current row; a double click comes within seconds, so a few are plenty.</summary>
    public const int MaxRecentNonces = 20;

    public DateTimeOffset FirstSavedAt { get; set; }
    public string RecentNonces { get; set; } = "[]";

    public static ProgressEntity From(StoredProgress progress)
    {
        var entity = new ProgressEntity
        {
            FirstSavedAt = progress.FirstSavedAt,
            RecentNonces = JsonSerializer.Serialize(progress.RecentNonces.TakeLast(MaxRecentNonces), StorageJson.Options),
        };
        entity.Fill(progress, ProgressKeys.CurrentRow(progress.Subject));
        return entity;
    }

    public StoredProgress ToRecord(string tenantId, string campaignId, string month) => new()
    {
        TenantId = tenantId,
        CampaignId = campaignId,
        Month = month,
        Subject = Subject,
        UnitId = UnitId,
        Version = Version,
        Content = Content(),
        PledgeVersion = PledgeVersion,
        FirstSavedAt = FirstSavedAt,
        SavedAt = SavedAt,
        SavedBy = SavedBy(),
        RecentNonces = JsonSerializer.Deserialize<List<string>>(RecentNonces, StorageJson.Options) ?? [],
    };
}

/// <summary>One version of a report with its whole content (<c>v|…</c> row), never changed once written.</summary>
internal sealed class ProgressVersionEntity : ProgressContentEntity
{
    public string Nonce { get; set; } = "";

    public static ProgressVersionEntity From(StoredProgress progress, string nonce)
    {
        var entity = new ProgressVersionEntity { Nonce = nonce };
        entity.Fill(progress, ProgressKeys.VersionRow(progress.Subject, progress.Version));
        return entity;
    }

    public ProgressVersion ToRecord() => new(Version, Content(), PledgeVersion, UnitId, SavedAt, SavedBy(), Nonce);
}

/// <summary>A report's entry in its unit's range (<c>u|…</c> row): what the unit head's roll-up shows.</summary>
internal sealed class ProgressUnitEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Subject { get; set; } = "";
    public string UnitId { get; set; } = "";
    public int Version { get; set; }
    /// <summary>JSON object: content area id → status id.</summary>
    public string Statuses { get; set; } = "{}";
    public bool GoodDeedProposed { get; set; }
    /// <summary>The good deed itself, so the head's roll-up needs no read of the person's report.</summary>
    public string? GoodDeedColleague { get; set; }
    public string? GoodDeed { get; set; }
    public DateTimeOffset SavedAt { get; set; }

    public static ProgressUnitEntity From(StoredProgress progress, string unitId) => new()
    {
        PartitionKey = ProgressKeys.Partition(progress.TenantId, progress.CampaignId, progress.Month),
        RowKey = ProgressKeys.UnitRow(unitId, progress.Subject),
        Subject = ProgressKeys.NormalizeSubject(progress.Subject),
        UnitId = unitId,
        Version = progress.Version,
        Statuses = JsonSerializer.Serialize(
            progress.Content.Areas.ToDictionary(area => area.AreaId, area => ProgressStatuses.Id(area.Status)), StorageJson.Options),
        GoodDeedProposed = progress.Content.GoodDeed is not null,
        GoodDeedColleague = progress.Content.GoodDeed?.ColleagueName,
        GoodDeed = progress.Content.GoodDeed?.Description,
        SavedAt = progress.SavedAt,
    };

    public ProgressUnitEntry ToRecord() => new(
        Subject,
        UnitId,
        Version,
        (JsonSerializer.Deserialize<Dictionary<string, string>>(Statuses, StorageJson.Options) ?? [])
            .Where(pair => ProgressStatuses.Parse(pair.Value) is not null)
            .ToDictionary(pair => pair.Key, pair => ProgressStatuses.Parse(pair.Value)!.Value),
        GoodDeedProposed,
        SavedAt,
        string.IsNullOrEmpty(GoodDeed) ? null : new GoodDeed(GoodDeedColleague, GoodDeed));
}

/// <summary>The content columns shared by the current and version rows.</summary>
internal static class ProgressColumns
{
    public static string Areas(ProgressContent content) => JsonSerializer.Serialize(
        content.Areas.Select(area => new AreaColumn(area.AreaId, ProgressStatuses.Id(area.Status), area.Achieved)), StorageJson.Options);

    public static ProgressContent Content(string areas, string? colleague, string? goodDeed) => new(
        (JsonSerializer.Deserialize<List<AreaColumn>>(areas, StorageJson.Options) ?? [])
            .Select(area => new ProgressAreaReport(area.Id, ProgressStatuses.Parse(area.Status) ?? ProgressStatus.NotStarted, area.Achieved ?? ""))
            .ToList(),
        string.IsNullOrEmpty(goodDeed) ? null : new GoodDeed(colleague, goodDeed));

    private sealed record AreaColumn(string Id, string Status, string? Achieved);
}
