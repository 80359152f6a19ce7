using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>Registers the Bot Framework protocol layer: options, inbound auth, Connector client with retries, router.</summary>
public static class ProtocolServiceCollectionExtensions
{
    private static readonly HttpStatusCode[] RetriedStatuses =
        [HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout];

    public static IServiceCollection AddBotFrameworkProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotFrameworkOptions>()
            .Bind(configuration)
            .PostConfigure(options => AcceptTenantListAsText(options, configuration["AllowedTenants"]))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.Section));

        services.TryAddSingletonTimeProvider();
        services.AddHttpClient(ChannelSigningKeys.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddHttpClient(AzureIdentityTokenProvider.HttpClientName);
        services.AddSingleton<ChannelSigningKeys>();
        services.AddSingleton<ChannelAuthenticator>();
        services.AddSingleton<TenantPolicy>();
        services.AddSingleton<IConnectorTokenProvider>(sp =>
            sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAuthenticationDisabled
                ? new AnonymousTokenProvider()
                : ActivatorUtilities.CreateInstance<AzureIdentityTokenProvider>(sp));

        services.AddHttpClient<ConnectorClient>(ConnectorClient.HttpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("connector", (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(0, settings.MaxRetries),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = settings.RetryBaseDelay,
                    MaxDelay = TimeSpan.FromMinutes(2),
                    // Retry-After honoured with a small margin: a timer may fire a millisecond early, and a retry that
                    // comes before the Connector's wait is over is throttled again.
                    ShouldRetryAfterHeader = false,
                    DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay(args.Outcome.Result, TimeProvider.System.GetUtcNow())),
                    ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome.Result, args.Outcome.Exception, args.Context.GetRequestMessage())),
                });
                pipeline.AddTimeout(settings.AttemptTimeout);
            });

        services.AddHttpClient(FileDownloader.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<FileDownloader>();
        services.AddSingleton<ActivityRouter>();
        return services;
    }

    /// <summary>How much longer than the Connector's <c>Retry-After</c> a retry waits.</summary>
    internal static readonly TimeSpan RetryAfterMargin = TimeSpan.FromMilliseconds(50);

    /// <summary>The wait a <c>Retry-After</c> header asks for (seconds or a date), plus <see cref="RetryAfterMargin"/>; null without one (the backoff applies).</summary>
    internal static TimeSpan? RetryAfterDelay(HttpResponseMessage? response, DateTimeOffset now)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - now : null);
        return wait is { } value ? (value < TimeSpan.Zero ? TimeSpan.Zero : value) + RetryAfterMargin : null;
    }

    /// <summary>
    /// Throttling and transient statuses are retried. Without an answer, a call is retried only when repeating it
    /// cannot post twice: reads, updates and deletes always; a POST (send, reply, create conversation) only when
    /// the connection was never made. A POST that timed out may have reached Teams, so it is reported, not repeated.
    /// </summary>
    internal static bool ShouldRetry(HttpResponseMessage? response, Exception? exception, HttpRequestMessage? request)
    {
        if (response is not null)
        {
            return RetriedStatuses.Contains(response.StatusCode);
        }
        var repeatable = request is not null && request.Method != HttpMethod.Post;
        return exception switch
        {
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } => true,
            HttpRequestException or Polly.Timeout.TimeoutRejectedException => repeatable,
            _ => false,
        };
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    /// <summary><c>AllowedTenants=a,b</c> (one environment variable) works as well as an array in JSON.</summary>
    private static void AcceptTenantListAsText(BotFrameworkOptions options, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }
        options.AllowedTenants = text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }
}
