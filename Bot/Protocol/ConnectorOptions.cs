namespace ThiDuaBot.Bot.Protocol;

/// <summary>How the Connector client retries. Section <c>Connector</c>.</summary>
public sealed class ConnectorOptions
{
    public const string Section = "Connector";

    /// <summary>Retries after the first attempt for 429, 412, 502, 503 and 504.</summary>
    public int MaxRetries { get; set; } = 5;
    /// <summary>First backoff delay; doubles each retry, with jitter. A <c>Retry-After</c> header takes precedence.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Time allowed for one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
