namespace ThiDuaBot.Bot.Protocol;

/// <summary>Gives the bearer token the bot puts on its calls to the Connector; null means "send no token" (local development).</summary>
public interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
