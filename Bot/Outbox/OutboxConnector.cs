using ThiDuaBot.Bot.Protocol;

namespace ThiDuaBot.Bot.Outbox;

/// <summary>
/// The Connector as the outbox uses it: the same <see cref="ConnectorClient"/>, over an HttpClient without the retry
/// pipeline, with one attempt of <see cref="OutboxOptions.SendTimeout"/>. The outbox makes every retry and throttling
/// decision itself, from the status and <c>Retry-After</c> in each result, and records them on the row.
/// </summary>
public sealed class OutboxConnector(IHttpClientFactory httpClients, IConnectorTokenProvider tokens, ILoggerFactory loggers)
{
    public const string HttpClientName = "bot-connector-outbox";

    public ConnectorClient Create() => new(httpClients.CreateClient(HttpClientName), tokens, loggers.CreateLogger<ConnectorClient>());
}
