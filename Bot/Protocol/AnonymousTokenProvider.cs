namespace ThiDuaBot.Bot.Protocol;

/// <summary>Used when no <c>MicrosoftAppId</c> is configured (Development only): calls go out without a token, as the Playground expects.</summary>
public sealed class AnonymousTokenProvider : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
