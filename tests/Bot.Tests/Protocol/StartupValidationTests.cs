using System.Net;
using Microsoft.Extensions.Options;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Protocol;

/// <summary>
/// The bot's settings are checked when it starts: a bad one stops it with a message naming the key, instead of an
/// open or mute bot. Also the settings that decide who may talk to it (no app id in Development, AllowedTenants).
/// A setting given as null or "" is taken away (null hides the value of appsettings.json, "" replaces it).
/// </summary>
public sealed class StartupValidationTests : BotTestBase
{
    private const string ThirdTenantId = "3c4d5e6f-0000-4000-8000-00000000c0de";

    public static TheoryData<string, string?, string> BadSettings() => new()
    {
        // key, value, text the refusal must contain
        { "MicrosoftAppId", null, "MicrosoftAppId" },
        { "MicrosoftAppId", "", "MicrosoftAppId" },
        { "MicrosoftAppId", "   ", "MicrosoftAppId" },
        { "AllowedTenants", null, "AllowedTenants" },
        { "AllowedTenants", "", "AllowedTenants" },
        { "MicrosoftAppPassword", null, "MicrosoftAppPassword" },
        { "MicrosoftAppPassword", "", "MicrosoftAppPassword" },
        { "MicrosoftAppType", "Anonymous", "MicrosoftAppType" },
        { "BotOpenIdMetadata", "http://login.botframework.com/v1/.well-known/openidconfiguration", "BotOpenIdMetadata" },
        { "BotOpenIdMetadata", "", "BotOpenIdMetadata" },
        { "ToChannelFromBotLoginUrl", "http://login.microsoftonline.com/botframework.com", "ToChannelFromBotLoginUrl" },
        { "ToChannelFromBotLoginUrl", "login.microsoftonline.com/botframework.com", "ToChannelFromBotLoginUrl" },
        { "ToChannelFromBotLoginUrl", "https://login.microsoftonline.com", "ToChannelFromBotLoginUrl" },
        { "ToChannelFromBotLoginUrl", "https://login.example.com/prefix/botframework.com", "ToChannelFromBotLoginUrl" },
        { "ToChannelFromBotOAuthScope", "", "ToChannelFromBotOAuthScope" },
        { "Storage:TablePrefix", "9starts-with-a-digit", "Storage:TablePrefix" },
        { "Storage:TablePrefix", "muchtoolongforatableprefix", "Storage:TablePrefix" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void Production_bot_with_a_bad_setting_refuses_to_start_and_names_the_key(string key, string? value, string named)
    {
        var bot = CreateBot(new Dictionary<string, string?> { [key] = value });

        var refusal = Assert.Throws<OptionsValidationException>(() => bot.Services);

        Assert.Contains(named, refusal.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Single_tenant_bot_without_its_tenant_id_refuses_to_start(string? tenantId)
    {
        var bot = CreateBot(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = tenantId,
        });

        var refusal = Assert.Throws<OptionsValidationException>(() => bot.Services);

        Assert.Contains("MicrosoftAppTenantId", refusal.Message);
    }

    [Fact]
    public void Managed_identity_bot_needs_its_tenant_but_no_password()
    {
        var withoutTenant = CreateBot(new Dictionary<string, string?> { ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppPassword"] = null });
        var withTenant = CreateBot(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppPassword"] = null,
            ["MicrosoftAppTenantId"] = BotApplication.TenantId,
        });

        var refusal = Assert.Throws<OptionsValidationException>(() => withoutTenant.Services);
        Assert.Contains("MicrosoftAppTenantId", refusal.Message);
        Assert.DoesNotContain("MicrosoftAppPassword", refusal.Message);
        Assert.NotNull(withTenant.Services);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Development_bot_without_an_app_id_answers_activities_without_tokens_in_either_direction(string? appId)
    {
        var bot = CreateBot(
            new Dictionary<string, string?> { ["MicrosoftAppId"] = appId, ["MicrosoftAppPassword"] = null },
            environment: "Development");

        var response = await bot.PostActivityAsync(TeamsActivities.PersonalMessage(Channel.ServiceUrl, "help"), token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(Channel.ConnectorRequests);
        Assert.Equal($"/v3/conversations/{TeamsActivities.PersonalConversationId}/activities/1700000000001", reply.Path);
        Assert.Equal("", reply.Authorization);
        Assert.Empty(Channel.TokenRequests);
    }

    [Fact]
    public async Task Development_bot_with_an_app_id_still_requires_the_channels_token()
    {
        var bot = CreateBot(new Dictionary<string, string?>(), environment: "Development");

        var response = await bot.PostActivityAsync(TeamsActivities.PersonalMessage(Channel.ServiceUrl, "help"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Channel.ConnectorRequests);
    }

    [Theory]
    [InlineData(BotApplication.TenantId + "," + BotApplication.OtherTenantId)]
    [InlineData(BotApplication.TenantId + ", " + BotApplication.OtherTenantId)]
    [InlineData(BotApplication.TenantId + ";" + BotApplication.OtherTenantId)]
    public async Task Allowed_tenants_as_one_comma_separated_string_allows_each_and_no_other(string allowedTenants)
    {
        var bot = CreateBot(new Dictionary<string, string?> { ["AllowedTenants"] = allowedTenants });

        Assert.Equal(HttpStatusCode.OK, await PostFromTenantAsync(bot, BotApplication.TenantId));
        Assert.Equal(HttpStatusCode.OK, await PostFromTenantAsync(bot, BotApplication.OtherTenantId));
        Assert.Equal(HttpStatusCode.Forbidden, await PostFromTenantAsync(bot, ThirdTenantId));
        Assert.Equal(2, Channel.ConnectorRequests.Count);
    }

    [Fact]
    public async Task Allowed_tenants_as_a_list_allows_each_and_no_other()
    {
        var bot = CreateBot(new Dictionary<string, string?>
        {
            ["AllowedTenants"] = null,
            ["AllowedTenants:0"] = BotApplication.TenantId,
            ["AllowedTenants:1"] = BotApplication.OtherTenantId,
        });

        Assert.Equal(HttpStatusCode.OK, await PostFromTenantAsync(bot, BotApplication.OtherTenantId));
        Assert.Equal(HttpStatusCode.Forbidden, await PostFromTenantAsync(bot, ThirdTenantId));
    }

    [Fact]
    public async Task Allowed_tenants_star_allows_any_tenant()
    {
        var bot = CreateBot(new Dictionary<string, string?> { ["AllowedTenants"] = "*" });

        Assert.Equal(HttpStatusCode.OK, await PostFromTenantAsync(bot, BotApplication.TenantId));
        Assert.Equal(HttpStatusCode.OK, await PostFromTenantAsync(bot, ThirdTenantId));
        Assert.Equal(HttpStatusCode.OK, await PostFromTenantAsync(bot, Guid.NewGuid().ToString()));
        Assert.Equal(3, Channel.ConnectorRequests.Count);
    }

    private async Task<HttpStatusCode> PostFromTenantAsync(BotApplication bot, string tenantId)
    {
        var response = await bot.PostActivityAsync(TeamsActivities.PersonalMessage(Channel.ServiceUrl, "help", tenantId: tenantId), bot.ValidToken());
        return response.StatusCode;
    }
}
