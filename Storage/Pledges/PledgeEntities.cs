using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Pledges;

/// <summary>The current version of a pledge (<c>p|…</c> row).</summary>
internal sealed class PledgeEntity : ITableEntity
{
    /// <summary>Card nonces remembered on the current row; a double click comes within seconds, so a few are plenty.</summary>
    public const int MaxRecentNonces = 20;

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Kind { get; set; } = "";
    public string Subject { get; set; } = "";
    public string? UnitId { get; set; }
    public int Version { get; set; }
    public string TitleId { get; set; } = "";
    public string ContentAreaIds { get; set; } = "[]";
    public string Targets { get; set; } = "";
    public string Numbers { get; set; } = "{}";
    public string Commitment { get; set; } = "";
    public int CampaignVersion { get; set; }
    public DateTimeOffset FirstSavedAt { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public string? SavedByAadObjectId { get; set; }
    public string? SavedBySignInName { get; set; }
    public string? SavedByName { get; set; }
    public string RecentNonces { get; set; } = "[]";

    public static PledgeEntity From(StoredPledge pledge) => new()
    {
        PartitionKey = PledgeKeys.Partition(pledge.TenantId, pledge.CampaignId),
        RowKey = PledgeKeys.CurrentRow(pledge.Kind, pledge.Subject),
        Kind = PledgeKeys.KindText(pledge.Kind),
        Subject = PledgeKeys.NormalizeSubject(pledge.Kind, pledge.Subject),
        UnitId = pledge.UnitId,
        Version = pledge.Version,
        TitleId = pledge.Content.TitleId,
        ContentAreaIds = PledgeColumns.Areas(pledge.Content),
        Targets = pledge.Content.Targets,
        Numbers = PledgeColumns.Numbers(pledge.Content),
        Commitment = pledge.Content.Commitment,
        CampaignVersion = pledge.CampaignVersion,
        FirstSavedAt = pledge.FirstSavedAt,
        SavedAt = pledge.SavedAt,
        SavedByAadObjectId = pledge.SavedBy.AadObjectId,
        SavedBySignInName = pledge.SavedBy.SignInName,
        SavedByName = pledge.SavedBy.Name,
        RecentNonces = JsonSerializer.Serialize(pledge.RecentNonces.TakeLast(MaxRecentNonces), StorageJson.Options),
    };

    public StoredPledge ToRecord(string tenantId, string campaignId) => new()
    {
        TenantId = tenantId,
        CampaignId = campaignId,
        Kind = PledgeKeys.ParseKind(Kind) ?? PledgeKind.Individual,
        Subject = Subject,
        UnitId = UnitId,
        Version = Version,
        Content = PledgeColumns.Content(TitleId, ContentAreaIds, Targets, Numbers, Commitment),
        CampaignVersion = CampaignVersion,
        FirstSavedAt = FirstSavedAt,
        SavedAt = SavedAt,
        SavedBy = new PledgeAuthor(SavedByAadObjectId, SavedBySignInName, SavedByName),
        RecentNonces = JsonSerializer.Deserialize<List<string>>(RecentNonces, StorageJson.Options) ?? [],
    };
}

/// <summary>One version of a pledge with its whole content (<c>v|…</c> row), never changed once written.</summary>
internal sealed class PledgeVersionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Kind { get; set; } = "";
    public string Subject { get; set; } = "";
    public string? UnitId { get; set; }
    public int Version { get; set; }
    public string TitleId { get; set; } = "";
    public string ContentAreaIds { get; set; } = "[]";
    public string Targets { get; set; } = "";
    public string Numbers { get; set; } = "{}";
    public string Commitment { get; set; } = "";
    public int CampaignVersion { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public string? SavedByAadObjectId { get; set; }
    public string? SavedBySignInName { get; set; }
    public string? SavedByName { get; set; }
    public string Nonce { get; set; } = "";

    public static PledgeVersionEntity From(StoredPledge pledge, string nonce) => new()
    {
        PartitionKey = PledgeKeys.Partition(pledge.TenantId, pledge.CampaignId),
        RowKey = PledgeKeys.VersionRow(pledge.Kind, pledge.Subject, pledge.Version),
        Kind = PledgeKeys.KindText(pledge.Kind),
        Subject = PledgeKeys.NormalizeSubject(pledge.Kind, pledge.Subject),
        UnitId = pledge.UnitId,
        Version = pledge.Version,
        TitleId = pledge.Content.TitleId,
        ContentAreaIds = PledgeColumns.Areas(pledge.Content),
        Targets = pledge.Content.Targets,
        Numbers = PledgeColumns.Numbers(pledge.Content),
        Commitment = pledge.Content.Commitment,
        CampaignVersion = pledge.CampaignVersion,
        SavedAt = pledge.SavedAt,
        SavedByAadObjectId = pledge.SavedBy.AadObjectId,
        SavedBySignInName = pledge.SavedBy.SignInName,
        SavedByName = pledge.SavedBy.Name,
        Nonce = nonce,
    };

    public PledgeVersion ToRecord(PledgeContent? previous)
    {
        var content = PledgeColumns.Content(TitleId, ContentAreaIds, Targets, Numbers, Commitment);
        return new PledgeVersion(
            Version,
            content,
            CampaignVersion,
            UnitId,
            SavedAt,
            new PledgeAuthor(SavedByAadObjectId, SavedBySignInName, SavedByName),
            Nonce,
            previous is null ? null : PledgeDiff.Between(previous, content));
    }
}

/// <summary>A pledge's entry in its unit's range (<c>u|…</c> row): what the unit head's roll-up shows.</summary>
internal sealed class PledgeUnitEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Kind { get; set; } = "";
    public string Subject { get; set; } = "";
    public string UnitId { get; set; } = "";
    public string TitleId { get; set; } = "";
    public int Version { get; set; }
    public DateTimeOffset FirstSavedAt { get; set; }
    public DateTimeOffset SavedAt { get; set; }

    public static PledgeUnitEntity From(StoredPledge pledge, string unitId) => new()
    {
        PartitionKey = PledgeKeys.Partition(pledge.TenantId, pledge.CampaignId),
        RowKey = PledgeKeys.UnitRow(unitId, pledge.Kind, pledge.Subject),
        Kind = PledgeKeys.KindText(pledge.Kind),
        Subject = PledgeKeys.NormalizeSubject(pledge.Kind, pledge.Subject),
        UnitId = unitId,
        TitleId = pledge.Content.TitleId,
        Version = pledge.Version,
        FirstSavedAt = pledge.FirstSavedAt,
        SavedAt = pledge.SavedAt,
    };

    public PledgeUnitEntry ToRecord() =>
        new(PledgeKeys.ParseKind(Kind) ?? PledgeKind.Individual, Subject, UnitId, TitleId, Version, FirstSavedAt, SavedAt);
}

/// <summary>The content columns shared by the current and version rows.</summary>
internal static class PledgeColumns
{
    public static string Areas(PledgeContent content) => JsonSerializer.Serialize(content.ContentAreaIds, StorageJson.Options);

    public static string Numbers(PledgeContent content) =>
        JsonSerializer.Serialize(new SortedDictionary<string, int>(content.Numbers.ToDictionary(), StringComparer.Ordinal), StorageJson.Options);

    public static PledgeContent Content(string titleId, string areas, string targets, string numbers, string commitment) => new(
        titleId,
        JsonSerializer.Deserialize<List<string>>(areas, StorageJson.Options) ?? [],
        targets,
        JsonSerializer.Deserialize<Dictionary<string, int>>(numbers, StorageJson.Options) ?? [],
        commitment);
}
