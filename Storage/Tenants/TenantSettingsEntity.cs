using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Tenants;

internal sealed class TenantSettingsEntity : ITableEntity
{
    public const string Row = "settings";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string? CouncilConversationId { get; set; }
    public string? CouncilServiceUrl { get; set; }
    public string? CouncilTeamId { get; set; }
    public string? CouncilTeamName { get; set; }
    public string? CouncilChannelName { get; set; }
    public string? CouncilSetByAadObjectId { get; set; }
    public DateTimeOffset? CouncilSetAt { get; set; }
    public string? CouncilLocale { get; set; }
    public string? ActiveCampaignId { get; set; }

    public static TenantSettingsEntity From(TenantSettings s) => new()
    {
        PartitionKey = KeyEncoder.Encode(s.TenantId),
        CouncilConversationId = s.CouncilConversationId,
        CouncilServiceUrl = s.CouncilServiceUrl,
        CouncilTeamId = s.CouncilTeamId,
        CouncilTeamName = s.CouncilTeamName,
        CouncilChannelName = s.CouncilChannelName,
        CouncilSetByAadObjectId = s.CouncilSetByAadObjectId,
        CouncilSetAt = s.CouncilSetAt,
        CouncilLocale = s.CouncilLocale,
        ActiveCampaignId = s.ActiveCampaignId,
    };

    public TenantSettings ToRecord() => new()
    {
        TenantId = KeyEncoder.Decode(PartitionKey),
        CouncilConversationId = CouncilConversationId,
        CouncilServiceUrl = CouncilServiceUrl,
        CouncilTeamId = CouncilTeamId,
        CouncilTeamName = CouncilTeamName,
        CouncilChannelName = CouncilChannelName,
        CouncilSetByAadObjectId = CouncilSetByAadObjectId,
        CouncilSetAt = CouncilSetAt,
        CouncilLocale = CouncilLocale,
        ActiveCampaignId = ActiveCampaignId,
    };
}
