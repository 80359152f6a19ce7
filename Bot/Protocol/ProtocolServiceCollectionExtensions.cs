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
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(
                        args.Outcome.Result is { } response
                            ? RetriedStatuses.Contains(response.StatusCode)
                            : args.Outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException),
                });
                pipeline.AddTimeout(settings.AttemptTimeout);
            });

        services.AddHttpClient(FileDownloader.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<FileDownloader>();
        services.AddSingleton<ActivityRouter>();
        return services;
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
