using Azure.Core.Pipeline;
using Azure.Identity;
using ThiDuaBot.Bot.Protocol;

namespace ThiDuaBot.Bot.Tests.Protocol;

/// <summary>How the outbound token's authority and credential are derived from the settings (no network).</summary>
public sealed class AzureIdentityTokenProviderTests
{
    [Theory]
    [InlineData("https://login.microsoftonline.com/botframework.com", "https://login.microsoftonline.com/", "botframework.com")]
    [InlineData("https://login.microsoftonline.com/botframework.com/", "https://login.microsoftonline.com/", "botframework.com")]
    [InlineData("https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.com", "https://login.microsoftonline.us/", "MicrosoftServices.onmicrosoft.com")]
    [InlineData("https://login.chinacloudapi.cn/8c2f4b1e-7a6d-4e3c-b2a1-9f0e8d7c6b5a", "https://login.chinacloudapi.cn/", "8c2f4b1e-7a6d-4e3c-b2a1-9f0e8d7c6b5a")]
    [InlineData("https://127.0.0.1:44301/8c2f4b1e-7a6d-4e3c-b2a1-9f0e8d7c6b5a", "https://127.0.0.1:44301/", "8c2f4b1e-7a6d-4e3c-b2a1-9f0e8d7c6b5a")]
    public void Login_url_splits_into_authority_host_and_tenant(string loginUrl, string authorityHost, string tenant)
    {
        var (host, split) = AzureIdentityTokenProvider.SplitLoginUrl(new Uri(loginUrl));

        Assert.Equal(new Uri(authorityHost), host);
        Assert.Equal(tenant, split);
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com")]
    [InlineData("https://login.microsoftonline.com/")]
    // Azure.Identity keeps only the scheme, host and port of the authority host: a path before the tenant would be
    // dropped silently and the token asked of another URL.
    [InlineData("https://login.example.com/prefix/botframework.com")]
    [InlineData("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    public void Login_url_that_is_not_host_and_tenant_is_refused(string loginUrl)
    {
        var error = Assert.Throws<InvalidOperationException>(() => AzureIdentityTokenProvider.SplitLoginUrl(new Uri(loginUrl)));

        Assert.Contains("ToChannelFromBotLoginUrl", error.Message);
    }

    [Theory]
    [InlineData("MultiTenant", null, "https://login.microsoftonline.com/botframework.com")]
    [InlineData("SingleTenant", "8c2f4b1e-7a6d-4e3c-b2a1-9f0e8d7c6b5a", "https://login.microsoftonline.com/8c2f4b1e-7a6d-4e3c-b2a1-9f0e8d7c6b5a")]
    [InlineData("UserAssignedMSI", "8c2f4b1e-7a6d-4e3c-b2a1-9f0e8d7c6b5a", "https://login.microsoftonline.com/8c2f4b1e-7a6d-4e3c-b2a1-9f0e8d7c6b5a")]
    public void Login_url_defaults_to_the_bot_framework_tenant_or_the_bots_own(string appType, string? tenantId, string expected)
    {
        var options = new BotFrameworkOptions { MicrosoftAppType = appType, MicrosoftAppTenantId = tenantId };

        Assert.Equal(new Uri(expected), options.LoginUrl);
    }

    [Fact]
    public void User_assigned_managed_identity_gets_a_managed_identity_credential()
    {
        var credential = Create(BotFrameworkOptions.AppTypes.UserAssignedMsi, password: null);

        Assert.IsType<ManagedIdentityCredential>(credential);
    }

    [Theory]
    [InlineData(BotFrameworkOptions.AppTypes.MultiTenant)]
    [InlineData(BotFrameworkOptions.AppTypes.SingleTenant)]
    [InlineData("singletenant")]
    public void App_with_a_secret_gets_a_client_secret_credential(string appType)
    {
        var credential = Create(appType, password: "secret");

        Assert.IsType<ClientSecretCredential>(credential);
    }

    private static Azure.Core.TokenCredential Create(string appType, string? password)
    {
        using var http = new HttpClient();
        return AzureIdentityTokenProvider.CreateCredential(
            new BotFrameworkOptions
            {
                MicrosoftAppType = appType,
                MicrosoftAppId = "6f1d8a3c-2b4e-4c1a-9d7e-0a5b3c2d1e0f",
                MicrosoftAppPassword = password,
                MicrosoftAppTenantId = "8c2f4b1e-7a6d-4e3c-b2a1-9f0e8d7c6b5a",
            },
            new HttpClientTransport(http));
    }
}
