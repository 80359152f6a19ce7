using System.Security.Cryptography;
using System.Text;

namespace ThiDuaBot.Storage.Conversations;

/// <summary>Keys of the Conversations table: one partition per Microsoft 365 tenant.</summary>
public static class ConversationKeys
{
    /// <summary>
    /// Longest encoded conversation id used as the row key itself (in UTF-8 bytes), well under Azure Tables' 1 KiB key
    /// limit. Teams ids are far shorter; a longer one (Bot Framework ids may reach 2,048 characters) is keyed by its hash.
    /// </summary>
    public const int MaxPlainRowKeyBytes = 512;

    public static string Partition(string tenantId) => KeyEncoder.Encode(tenantId);

    /// <summary>
    /// The encoded id, or for a very long one <c>%h</c> and its SHA-256: an encoded id never holds <c>%h</c> (it writes
    /// <c>%</c> as <c>%25</c>), so the two kinds of key cannot meet. The row keeps the whole id in a column.
    /// </summary>
    public static string Row(string conversationId)
    {
        var encoded = KeyEncoder.Encode(conversationId);
        return Encoding.UTF8.GetByteCount(encoded) <= MaxPlainRowKeyBytes
            ? encoded
            : "%h" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId)));
    }
}
