using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Launches;

/// <summary>
/// Table row of <see cref="PledgeLaunch"/>. Every launch of every tenant is one row of one partition
/// (<see cref="PartitionName"/>; one row per campaign, so a few per tenant and year), so the monitor finds the running
/// ones with one partition query. RowKey: encoded <c>tenant|campaign</c>.
/// </summary>
internal sealed class PledgeLaunchEntity : ITableEntity
{
    public const string PartitionName = "launches";

    public string PartitionKey { get; set; } = PartitionName;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string TenantId { get; set; } = "";
    public string CampaignId { get; set; } = "";
    public string BatchId { get; set; } = "";
    public DateTimeOffset LaunchedAt { get; set; }
    public string? LaunchedByAadObjectId { get; set; }
    public string? LaunchedByName { get; set; }
    public DateTimeOffset? ToppedUpAt { get; set; }
    public string? ProgressServiceUrl { get; set; }
    public string? ProgressConversationId { get; set; }
    public string? ProgressActivityId { get; set; }
    public DateTimeOffset? ProgressClaimedAt { get; set; }
    public string Language { get; set; } = "vi";
    public int Cards { get; set; }
    public int Sent { get; set; }
    public int NotReached { get; set; }
    public string? LastShown { get; set; }
    public DateTimeOffset? ReportedAt { get; set; }
    /// <summary>Duplicates <see cref="ReportedAt"/> as a flag the monitor's filter can use.</summary>
    public bool Running { get; set; }

    public static string Row(string tenantId, string campaignId) => KeyEncoder.Encode(tenantId + "|" + campaignId);

    public static PledgeLaunchEntity From(PledgeLaunch launch) => new()
    {
        RowKey = Row(launch.TenantId, launch.CampaignId),
        ETag = launch.ETag,
        TenantId = launch.TenantId,
        CampaignId = launch.CampaignId,
        BatchId = launch.BatchId,
        LaunchedAt = launch.LaunchedAt,
        LaunchedByAadObjectId = launch.LaunchedByAadObjectId,
        LaunchedByName = launch.LaunchedByName,
        ToppedUpAt = launch.ToppedUpAt,
        ProgressServiceUrl = launch.ProgressServiceUrl,
        ProgressConversationId = launch.ProgressConversationId,
        ProgressActivityId = launch.ProgressActivityId,
        ProgressClaimedAt = launch.ProgressClaimedAt,
        Language = launch.Language,
        Cards = launch.Cards,
        Sent = launch.Sent,
        NotReached = launch.NotReached,
        LastShown = launch.LastShown,
        ReportedAt = launch.ReportedAt,
        Running = launch.ReportedAt is null,
    };

    public PledgeLaunch ToRecord() => new()
    {
        TenantId = TenantId,
        CampaignId = CampaignId,
        BatchId = BatchId,
        LaunchedAt = LaunchedAt,
        LaunchedByAadObjectId = LaunchedByAadObjectId,
        LaunchedByName = LaunchedByName,
        ToppedUpAt = ToppedUpAt,
        ProgressServiceUrl = ProgressServiceUrl,
        ProgressConversationId = ProgressConversationId,
        ProgressActivityId = ProgressActivityId,
        ProgressClaimedAt = ProgressClaimedAt,
        Language = Language,
        Cards = Cards,
        Sent = Sent,
        NotReached = NotReached,
        LastShown = LastShown,
        ReportedAt = ReportedAt,
        ETag = ETag,
    };
}
