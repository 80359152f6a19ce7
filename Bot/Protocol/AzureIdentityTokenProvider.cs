using System.Diagnostics.CodeAnalysis;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>
/// Outbound tokens from Azure.Identity: client secret for <c>MultiTenant</c> and <c>SingleTenant</c> bots, a
/// user-assigned managed identity for <c>UserAssignedMSI</c>. The authority comes from
/// <c>ToChannelFromBotLoginUrl</c> (<c>https://host/tenant</c>, any host; instance discovery is off so sovereign clouds and test
/// authorities work), the scope from <c>ToChannelFromBotOAuthScope</c>. Tokens are cached until five minutes
/// before they expire.
/// </summary>
public sealed class AzureIdentityTokenProvider : IConnectorTokenProvider
{
    public const string HttpClientName = "bot-login";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly TokenCredential _credential;
    private readonly TokenRequestContext _request;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private AccessToken? _cached;

    public AzureIdentityTokenProvider(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time)
    {
        _time = time;
        var settings = options.Value;
        _credential = CreateCredential(settings, new HttpClientTransport(httpClientFactory.CreateClient(HttpClientName)));
        var scope = settings.ToChannelFromBotOAuthScope.TrimEnd('/');
        _request = new TokenRequestContext([scope.EndsWith("/.default", StringComparison.Ordinal) ? scope : scope + "/.default"]);
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } fresh && fresh.ExpiresOn - RefreshMargin > _time.GetUtcNow())
        {
            return fresh.Token;
        }
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cached is { } again && again.ExpiresOn - RefreshMargin > _time.GetUtcNow())
            {
                return again.Token;
            }
            var token = await _credential.GetTokenAsync(_request, cancellationToken).ConfigureAwait(false);
            _cached = token;
            return token.Token;
        }
        finally
        {
            _lock.Release();
        }
    }

    internal static TokenCredential CreateCredential(BotFrameworkOptions settings, HttpPipelineTransport transport)
    {
        var (authorityHost, tenant) = SplitLoginUrl(settings.LoginUrl);
        if (string.Equals(settings.MicrosoftAppType, BotFrameworkOptions.AppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(new ManagedIdentityCredentialOptions(ManagedIdentityId.FromUserAssignedClientId(settings.MicrosoftAppId!))
            {
                Transport = transport,
            });
        }
        return new ClientSecretCredential(tenant, settings.MicrosoftAppId, settings.MicrosoftAppPassword, new ClientSecretCredentialOptions
        {
            AuthorityHost = authorityHost,
            DisableInstanceDiscovery = true,
            Transport = transport,
        });
    }

    internal const string LoginUrlShape =
        "ToChannelFromBotLoginUrl must be the login host followed by the tenant and nothing else, e.g. https://login.microsoftonline.com/botframework.com "
        + "(Azure.Identity keeps only the scheme, host and port of the authority, so anything between the host and the tenant would be ignored).";

    /// <summary><c>https://login.microsoftonline.com/botframework.com</c> → (<c>https://login.microsoftonline.com/</c>, <c>botframework.com</c>).</summary>
    internal static (Uri AuthorityHost, string Tenant) SplitLoginUrl(Uri loginUrl) =>
        TrySplitLoginUrl(loginUrl, out var authorityHost, out var tenant)
            ? (authorityHost, tenant)
            : throw new InvalidOperationException(LoginUrlShape);

    /// <summary>
    /// Splits a login URL of the form <c>https://host[:port]/tenant</c>. Any other shape is refused: Azure.Identity
    /// builds the token endpoint from the authority host's scheme, host and port plus the tenant, so a path before the
    /// tenant (or after it) would silently send the token request somewhere else.
    /// </summary>
    internal static bool TrySplitLoginUrl(Uri loginUrl, [NotNullWhen(true)] out Uri? authorityHost, [NotNullWhen(true)] out string? tenant)
    {
        authorityHost = null;
        tenant = null;
        if (!loginUrl.IsAbsoluteUri || loginUrl.Query.Length > 0 || loginUrl.Fragment.Length > 0)
        {
            return false;
        }
        var segments = loginUrl.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length != 1)
        {
            return false;
        }
        tenant = segments[0];
        authorityHost = new Uri($"{loginUrl.Scheme}://{loginUrl.Authority}/");
        return true;
    }
}
