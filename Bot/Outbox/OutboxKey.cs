namespace ThiDuaBot.Bot.Outbox;

/// <summary>Idempotency keys of proactive sends: <c>campaign|round|person|kind</c>.</summary>
public static class OutboxKey
{
    public static string For(string campaignId, string round, string personId, string kind)
    {
        foreach (var part in new[] { campaignId, round, personId, kind })
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(part);
            if (part.Contains('|', StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{part}' holds '|', which separates the parts of an outbox key.");
            }
        }
        return $"{campaignId}|{round}|{personId}|{kind}";
    }
}
