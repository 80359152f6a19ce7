using System.Net;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Protocol;

/// <summary>
/// The bot's outbound token, as the fake's Entra-style token endpoint sees it: when it is fetched, for which
/// tenant and scope, and that every Connector call carries the one it got.
/// </summary>
public sealed class OutboundTokenTests : BotTestBase
{
    private const string ConversationId = "a:1personal-chat-with-an";

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private static Task<ConnectorResult<ResourceResponse>> SendAsync(ConnectorClient connector, string serviceUrl, int n) =>
        connector.SendToConversationAsync(serviceUrl, ConversationId, Message("tin " + n), CancellationToken.None);

    [Fact]
    public async Task Token_is_fetched_once_and_reused_across_many_calls_even_concurrent_ones()
    {
        var connector = Service<ConnectorClient>();

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 10).Select(n => SendAsync(connector, Channel.ServiceUrl, n)));
        for (var n = 0; n < 5; n++)
        {
            Assert.True((await SendAsync(connector, Channel.ServiceUrl, n)).IsOk);
        }

        Assert.All(concurrent, result => Assert.True(result.IsOk));
        var token = Assert.Single(Channel.IssuedAccessTokens);
        Assert.Equal(15, Channel.ConnectorRequests.Count);
        Assert.All(Channel.ConnectorRequests, request => Assert.Equal("Bearer " + token, request.Authorization));

        var tokenRequest = Assert.Single(Channel.TokenRequests);
        Assert.Equal("client_credentials", tokenRequest["grant_type"]);
        Assert.Equal(BotApplication.AppId, tokenRequest["client_id"]);
        Assert.Equal("test-only-client-secret", tokenRequest["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest["scope"]);
        Assert.Equal("botframework.com", tokenRequest["tenant"]);
    }

    [Fact]
    public async Task Token_that_expires_within_the_five_minute_margin_is_fetched_again_for_each_call()
    {
        Channel.TokenLifetime = TimeSpan.FromSeconds(120);
        var connector = Service<ConnectorClient>();

        for (var n = 0; n < 3; n++)
        {
            Assert.True((await SendAsync(connector, Channel.ServiceUrl, n)).IsOk);
        }

        var tokens = Channel.IssuedAccessTokens;
        Assert.Equal(3, tokens.Count);
        Assert.Equal(3, tokens.Distinct().Count());
        Assert.Equal(tokens.Select(t => "Bearer " + t), Channel.ConnectorRequests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task Token_that_outlives_the_margin_is_reused()
    {
        Channel.TokenLifetime = TimeSpan.FromMinutes(7);
        var connector = Service<ConnectorClient>();

        for (var n = 0; n < 3; n++)
        {
            Assert.True((await SendAsync(connector, Channel.ServiceUrl, n)).IsOk);
        }

        Assert.Single(Channel.TokenRequests);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task Single_tenant_bot_gets_its_token_from_its_own_tenant_and_serves_only_that_tenant(string? allowedTenants)
    {
        var bot = CreateBot(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = BotApplication.TenantId,
            ["ToChannelFromBotLoginUrl"] = new Uri(Channel.BaseUri, BotApplication.TenantId).AbsoluteUri,
            ["AllowedTenants"] = allowedTenants,
        });

        var own = await bot.PostActivityAsync(TeamsActivities.PersonalMessage(Channel.ServiceUrl, "help", tenantId: BotApplication.TenantId), bot.ValidToken());
        var other = await bot.PostActivityAsync(TeamsActivities.PersonalMessage(Channel.ServiceUrl, "help", tenantId: BotApplication.OtherTenantId), bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        var reply = Assert.Single(Channel.ConnectorRequests);
        Assert.Equal("Bearer " + Assert.Single(Channel.IssuedAccessTokens), reply.Authorization);
        var tokenRequest = Assert.Single(Channel.TokenRequests);
        Assert.Equal(BotApplication.TenantId, tokenRequest["tenant"]);
        Assert.Equal(BotApplication.AppId, tokenRequest["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest["scope"]);
    }

    [Theory]
    [InlineData("https://api.botframework.us")]
    [InlineData("https://api.botframework.us/")]
    [InlineData("https://api.botframework.us/.default")]
    public async Task Custom_oauth_scope_is_asked_for_as_its_default_scope(string scope)
    {
        var bot = CreateBot(new Dictionary<string, string?> { ["ToChannelFromBotOAuthScope"] = scope });
        var connector = bot.Services.GetRequiredService<ConnectorClient>();

        var result = await SendAsync(connector, Channel.ServiceUrl, 1);

        Assert.True(result.IsOk);
        Assert.Equal("https://api.botframework.us/.default", Assert.Single(Channel.TokenRequests)["scope"]);
    }

    [Fact]
    public async Task Token_endpoint_refusing_the_bot_is_an_error_and_nothing_is_sent_without_a_token()
    {
        Channel.TokenEndpointFailure = 401;
        var connector = Service<ConnectorClient>();

        var result = await connector.SendToConversationAsync(Channel.ServiceUrl, "19:chat@thread.v2", new Activity { Type = ActivityTypes.Message, Text = "x" }, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.StartsWith("token", result.Error);

        Assert.Single(Channel.TokenRequests);
        Assert.Empty(Channel.ConnectorRequests);
    }
}
