using System.Net.Http.Headers;
using System.Net.Security;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ThiDuaBot.TestSupport.Fakes;

namespace ThiDuaBot.TestSupport.Hosting;

/// <summary>
/// The real bot, hosted in-process, configured as a production bot that talks to a <see cref="FakeTeamsChannel"/>
/// (inbound tokens, outbound tokens and Connector) and to Azurite under its own table prefix.
/// Only the fake's self-signed certificate is trusted in addition to the normal ones, as a locally trusted
/// certificate would be.
/// </summary>
public sealed class BotApplication : WebApplicationFactory<Program>
{
    public const string AppId = "6f1d8a3c-2b4e-4c1a-9d7e-0a5b3c2d1e0f";
    public const string TenantId = "8c2f4b1e-7a6d-4e3c-b2a1-9f0e8d7c6b5a";
    public const string OtherTenantId = "1a2b3c4d-0000-4000-8000-000000000bad";

    private readonly FakeTeamsChannel _channel;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly string _environment;
    private readonly StartupFailureCapture _startupFailure = new();

    public BotApplication(
        FakeTeamsChannel channel,
        string storageConnectionString,
        string tablePrefix,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        string environment = "Production")
    {
        _channel = channel;
        _services = services;
        _environment = environment;
        TablePrefix = tablePrefix;
        _settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-only-client-secret",
            ["AllowedTenants"] = TenantId,
            ["BotOpenIdMetadata"] = channel.OpenIdMetadataUrl,
            ["ToChannelFromBotLoginUrl"] = channel.LoginUrl,
            ["ConnectionStrings:Storage"] = storageConnectionString,
            ["Storage:TablePrefix"] = tablePrefix,
            ["Connector:RetryBaseDelay"] = "00:00:00.050",
            ["SigningKeysMinimumRefreshInterval"] = "00:00:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string TablePrefix { get; }

    /// <summary>Posts an activity to <c>/api/messages</c> as the channel would, with the given bearer token (or none).</summary>
    public async Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, string? token)
    {
        var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await client.SendAsync(request).ConfigureAwait(false);
    }

    /// <summary>A valid channel token for an activity sent to the fake's serviceUrl.</summary>
    public string ValidToken() => _channel.IssueToken(new TokenSpec { Audience = AppId, ServiceUrl = _channel.ServiceUrl });

    /// <summary>Starting a bot that refuses to start throws the host's own reason (e.g. an OptionsValidationException).</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        try
        {
            return base.CreateHost(builder);
        }
        catch (Exception thrown) when (_startupFailure.Failure is { } failure && !ReferenceEquals(thrown, failure))
        {
            ExceptionDispatchInfo.Throw(failure);
            throw;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddProvider(_startupFailure));
        builder.ConfigureTestServices(services =>
        {
            var trusted = _channel.Certificate;
            services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                SslOptions = new SslClientAuthenticationOptions
                {
                    RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                        errors == SslPolicyErrors.None || (certificate is not null && certificate.GetCertHashString() == trusted.GetCertHashString()),
                },
            }));
            _services?.Invoke(services);
        });
    }
}
