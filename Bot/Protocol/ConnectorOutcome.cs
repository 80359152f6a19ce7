namespace ThiDuaBot.Bot.Protocol;

public enum ConnectorOutcome
{
    /// <summary>The call succeeded.</summary>
    Ok,
    /// <summary>403 or 404: the bot is not (or no longer) in that conversation. Final for that recipient; do not retry.</summary>
    RecipientUnreachable,
    /// <summary>Any other failure, after the retries were spent.</summary>
    Failed,
}
