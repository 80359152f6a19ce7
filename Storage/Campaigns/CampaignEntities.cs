using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Campaigns;

internal sealed class CampaignEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int Version { get; set; }
    public string Title { get; set; } = "";
    public string Yaml { get; set; } = "";
    public DateTimeOffset LoadedAt { get; set; }
    public string? LoadedByAadObjectId { get; set; }
    public string PhasesJson { get; set; } = "[]";

    public static CampaignEntity From(StoredCampaign c) => new()
    {
        PartitionKey = KeyEncoder.Encode(c.TenantId),
        RowKey = KeyEncoder.Encode(c.CampaignId),
        Version = c.Version,
        Title = c.Title,
        Yaml = c.Yaml,
        LoadedAt = c.LoadedAt,
        LoadedByAadObjectId = c.LoadedByAadObjectId,
        PhasesJson = JsonSerializer.Serialize(c.Phases, StorageJson.Options),
    };

    public StoredCampaign ToRecord() => new()
    {
        TenantId = KeyEncoder.Decode(PartitionKey),
        CampaignId = KeyEncoder.Decode(RowKey),
        Version = Version,
        Title = Title,
        Yaml = Yaml,
        LoadedAt = LoadedAt,
        LoadedByAadObjectId = LoadedByAadObjectId,
        Phases = JsonSerializer.Deserialize<List<PhaseState>>(PhasesJson, StorageJson.Options) ?? [],
    };
}

internal sealed class CampaignVersionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int Version { get; set; }
    public string Yaml { get; set; } = "";
    public DateTimeOffset LoadedAt { get; set; }
    public string? LoadedByAadObjectId { get; set; }
    public string? ChangeSummary { get; set; }

    public static string Row(int version) => version.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public CampaignVersion ToRecord() => new(Version, Yaml, LoadedAt, LoadedByAadObjectId, ChangeSummary);
}
