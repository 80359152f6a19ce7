using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using ThiDuaBot.Bot.Protocol;

namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>
/// Microsoft Graph clients signed in as the bot itself (client credentials with <c>MicrosoftAppId</c> and
/// <c>MicrosoftAppPassword</c>, or the managed identity for <c>UserAssignedMSI</c>) in one tenant, on the configured
/// <see cref="GraphRosterOptions.BaseUrl"/> and <see cref="GraphRosterOptions.AuthorityHost"/>. Used by the roster
/// reader and the proactive installer, so both sign in the same way.
/// </summary>
public sealed class GraphClients(
    IOptions<GraphRosterOptions> options,
    IOptions<BotFrameworkOptions> bot,
    IHttpClientFactory httpClients)
{
    /// <summary>HttpClient for Graph calls, carrying the Graph SDK's handlers (retry with Retry-After, redirect…).</summary>
    public const string HttpClientName = "graph";
    /// <summary>HttpClient for Azure.Identity's token requests.</summary>
    public const string LoginHttpClientName = "graph-login";

    /// <summary>Graph's root with its version, without a trailing slash, e.g. <c>https://graph.microsoft.com/v1.0</c>.</summary>
    public string BaseUrl => options.Value.BaseUrl.TrimEnd('/');

    /// <summary>Whether the bot has credentials to sign in to Graph with (not in a local run without <c>MicrosoftAppId</c>).</summary>
    public bool HasCredentials
    {
        get
        {
            var settings = bot.Value;
            if (string.IsNullOrWhiteSpace(settings.MicrosoftAppId))
            {
                return false;
            }
            return IsManagedIdentity(settings) || !string.IsNullOrWhiteSpace(settings.MicrosoftAppPassword);
        }
    }

    /// <summary>
    /// A Graph client for <paramref name="tenantId"/>, over the <c>graph</c> HttpClient; null when the bot has no
    /// credentials. The token is only ever sent to the base URL's host, for the scope <c>{root}/.default</c>. Dispose it
    /// after use.
    /// </summary>
    public GraphServiceClient? Create(string tenantId)
    {
        var credential = CreateCredential(tenantId);
        if (credential is null)
        {
            return null;
        }
        var root = new Uri(BaseUrl);
        var authentication = new AzureIdentityAuthenticationProvider(
            credential,
            allowedHosts: [root.Host],
            scopes: [root.GetLeftPart(UriPartial.Authority) + "/.default"]);
        return new GraphServiceClient(httpClients.CreateClient(HttpClientName), authentication, BaseUrl);
    }

    private TokenCredential? CreateCredential(string tenantId)
    {
        var settings = bot.Value;
        if (!HasCredentials)
        {
            return null;
        }
        var transport = new HttpClientTransport(httpClients.CreateClient(LoginHttpClientName));
        if (IsManagedIdentity(settings))
        {
            return new ManagedIdentityCredential(new ManagedIdentityCredentialOptions(ManagedIdentityId.FromUserAssignedClientId(settings.MicrosoftAppId!))
            {
                Transport = transport,
            });
        }
        return new ClientSecretCredential(tenantId, settings.MicrosoftAppId, settings.MicrosoftAppPassword, new ClientSecretCredentialOptions
        {
            AuthorityHost = AuthorityHost(settings),
            DisableInstanceDiscovery = true,
            Transport = transport,
        });
    }

    private static bool IsManagedIdentity(BotFrameworkOptions settings) =>
        string.Equals(settings.MicrosoftAppType, BotFrameworkOptions.AppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase);

    private Uri AuthorityHost(BotFrameworkOptions settings)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.AuthorityHost))
        {
            return new Uri(options.Value.AuthorityHost);
        }
        return string.IsNullOrWhiteSpace(settings.ToChannelFromBotLoginUrl)
            ? AzureAuthorityHosts.AzurePublicCloud
            : AzureIdentityTokenProvider.SplitLoginUrl(new Uri(settings.ToChannelFromBotLoginUrl)).AuthorityHost;
    }
}
