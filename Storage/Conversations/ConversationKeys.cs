namespace ThiDuaBot.Storage.Conversations;

/// <summary>Keys of the Conversations table: one partition per Microsoft 365 tenant.</summary>
public static class ConversationKeys
{
    public static string Partition(string tenantId) => KeyEncoder.Encode(tenantId);

    public static string Row(string conversationId) => KeyEncoder.Encode(conversationId);
}
