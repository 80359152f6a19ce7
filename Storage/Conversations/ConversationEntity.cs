using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Conversations;

/// <summary>Table row of <see cref="StoredConversation"/>. PartitionKey: tenant id. RowKey: encoded conversation id.</summary>
internal sealed class ConversationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ConversationId { get; set; } = "";
    public string ConversationType { get; set; } = "";
    public string ServiceUrl { get; set; } = "";
    public string ChannelId { get; set; } = "";
    public string BotId { get; set; } = "";
    public string? BotName { get; set; }
    public string? UserId { get; set; }
    public string? UserAadObjectId { get; set; }
    public string? UserName { get; set; }
    public string? TeamId { get; set; }
    public string? TeamAadGroupId { get; set; }
    public string? TeamName { get; set; }
    public string? Locale { get; set; }
    public bool Installed { get; set; }
    public DateTimeOffset? InstalledAt { get; set; }
    public DateTimeOffset? UninstalledAt { get; set; }
    public DateTimeOffset? WelcomedAt { get; set; }

    public static ConversationEntity From(StoredConversation c) => new()
    {
        PartitionKey = ConversationKeys.Partition(c.TenantId),
        RowKey = ConversationKeys.Row(c.ConversationId),
        ConversationId = c.ConversationId,
        ConversationType = c.ConversationType,
        ServiceUrl = c.ServiceUrl,
        ChannelId = c.ChannelId,
        BotId = c.BotId,
        BotName = c.BotName,
        UserId = c.UserId,
        UserAadObjectId = c.UserAadObjectId,
        UserName = c.UserName,
        TeamId = c.TeamId,
        TeamAadGroupId = c.TeamAadGroupId,
        TeamName = c.TeamName,
        Locale = c.Locale,
        Installed = c.Installed,
        InstalledAt = c.InstalledAt,
        UninstalledAt = c.UninstalledAt,
        WelcomedAt = c.WelcomedAt,
    };

    public StoredConversation ToRecord() => new()
    {
        TenantId = KeyEncoder.Decode(PartitionKey),
        ConversationId = ConversationId,
        ConversationType = ConversationType,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        BotId = BotId,
        BotName = BotName,
        UserId = UserId,
        UserAadObjectId = UserAadObjectId,
        UserName = UserName,
        TeamId = TeamId,
        TeamAadGroupId = TeamAadGroupId,
        TeamName = TeamName,
        Locale = Locale,
        Installed = Installed,
        InstalledAt = InstalledAt,
        UninstalledAt = UninstalledAt,
        WelcomedAt = WelcomedAt,
    };
}
