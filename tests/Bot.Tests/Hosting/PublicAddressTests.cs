using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using ThiDuaBot.Bot.Hosting;

namespace ThiDuaBot.Bot.Tests.Hosting;

public sealed class PublicAddressTests
{
    private static PublicAddress Address(string? configured = null, string? appServiceHost = null, HttpContext? request = null) =>
        new(Options.Create(new PublicAddressOptions { PublicBaseUrl = configured, WebsiteHostname = appServiceHost }),
            new HttpContextAccessor { HttpContext = request });

    private static HttpContext Request(string scheme, string host, string pathBase = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString(host);
        context.Request.PathBase = pathBase;
        return context;
    }

    [Fact]
    public void The_setting_wins_then_App_Service_s_host_name_then_the_request_s_address()
    {
        var request = Request("https", "bot.example.vn:8443", "/thidua");
        Assert.Equal("https://thiduabot.example.vn", Address(" https://thiduabot.example.vn/ ", "app.azurewebsites.net", request).Get());
        Assert.Equal("https://app.azurewebsites.net", Address(null, "app.azurewebsites.net", request).Get());
        Assert.Equal("https://bot.example.vn:8443/thidua", Address(null, null, request).Get());
    }

    [Fact]
    public void Without_a_setting_or_a_request_there_is_no_address()
    {
        Assert.Null(Address().Get());
        Assert.Null(Address(" ", "").Get());
    }

    [Theory]
    [InlineData("https://thiduabot.example.vn", true)]
    [InlineData("http://127.0.0.1:3978", true)]
    [InlineData("", true)]
    [InlineData("ftp://thiduabot.example.vn", false)]
    [InlineData("thiduabot.example.vn", false)]
    [InlineData("https://thiduabot.example.vn/?a=1", false)]
    public void The_setting_must_be_an_http_address_without_a_query(string value, bool valid)
    {
        var validator = new PublicAddressOptionsValidator(new ConfigurationBuilder().Build());
        Assert.Equal(valid, validator.Validate(null, new PublicAddressOptions { PublicBaseUrl = value }).Succeeded);
    }

    [Theory]
    [InlineData("Digests:PublicBaseUrl")]
    [InlineData("Exports:PublicBaseUrl")]
    public void A_former_setting_stops_the_start_with_its_new_name(string key)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = "https://thiduabot.example.vn" }).Build();
        var result = new PublicAddressOptionsValidator(configuration).Validate(null, new PublicAddressOptions());
        Assert.False(result.Succeeded);
        Assert.Contains(key + " is no longer read: set PublicBaseUrl instead", result.FailureMessage, StringComparison.Ordinal);
    }
}
