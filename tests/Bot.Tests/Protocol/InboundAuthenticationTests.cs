using System.Net;
using System.Text.Json.Nodes;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Protocol;

public sealed class InboundAuthenticationTests : BotTestBase
{
    private JsonObject Help() => TeamsActivities.PersonalMessage(Channel.ServiceUrl, "help", locale: "en-US");

    private TokenSpec Spec => new() { Audience = BotApplication.AppId, ServiceUrl = Channel.ServiceUrl };

    [Fact]
    public async Task Valid_token_is_answered_and_the_reply_carries_a_token_from_the_token_endpoint()
    {
        var response = await Bot.PostActivityAsync(Help(), Bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(SentActivities());
        Assert.StartsWith("Bearer " + FakeTeamsChannel.TokenPrefix, reply.Authorization);
        Assert.Equal($"/v3/conversations/{TeamsActivities.PersonalConversationId}/activities/1700000000001", reply.Path);
        Assert.Contains("help", CardText(reply));

        var tokenRequest = Assert.Single(Channel.TokenRequests);
        Assert.Equal("client_credentials", tokenRequest["grant_type"]);
        Assert.Equal(BotApplication.AppId, tokenRequest["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest["scope"]);
        Assert.Equal("botframework.com", tokenRequest["tenant"]);
        Assert.Equal(1, await CountStoredRowsAsync());
    }

    [Fact]
    public async Task Outbound_token_is_cached_between_replies()
    {
        await Bot.PostActivityAsync(Help(), Bot.ValidToken());
        await Bot.PostActivityAsync(Help(), Bot.ValidToken());

        Assert.Equal(2, SentActivities().Count);
        Assert.Single(Channel.TokenRequests);
    }

    public static TheoryData<string> ForgedTokens() =>
    [
        "missing", "not-bearer", "garbage", "wrong-audience", "wrong-issuer", "expired", "not-yet-valid", "bad-signature",
        "alg-none", "alg-hs256", "unknown-key", "serviceurl-mismatch", "not-endorsed-for-msteams",
    ];

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task Forged_or_broken_token_is_refused_with_401_and_nothing_is_stored_or_sent(string kind)
    {
        var now = DateTimeOffset.UtcNow;
        string? header = kind switch
        {
            "missing" => null,
            "not-bearer" => "Basic " + Convert.ToBase64String("user:pass"u8.ToArray()),
            "garbage" => "Bearer not.a.jwt",
            "wrong-audience" => Bearer(Spec with { Audience = "someone-else" }),
            "wrong-issuer" => Bearer(Spec with { Issuer = "https://sts.windows.net/evil/" }),
            "expired" => Bearer(Spec with { NotBefore = now.AddHours(-2), Expires = now.AddMinutes(-6) }),
            "not-yet-valid" => Bearer(Spec with { NotBefore = now.AddMinutes(6), Expires = now.AddHours(1) }),
            "bad-signature" => Bearer(Spec with { SignWithForeignKey = true }),
            "alg-none" => Bearer(Spec with { Unsigned = true }),
            "alg-hs256" => HsToken(),
            "unknown-key" => Bearer(Spec with { Kid = "never-published" }),
            "serviceurl-mismatch" => Bearer(Spec with { ServiceUrl = "https://smba.trafficmanager.net/evil/" }),
            "not-endorsed-for-msteams" => Bearer(Spec with { Kid = FakeTeamsChannel.SkypeOnlyKid }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var client = Bot.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Help().ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(Channel.ConnectorRequests);
        Assert.Equal(0, await CountStoredRowsAsync());
    }

    [Fact]
    public async Task Serviceurl_claim_must_match_the_activity_even_when_the_token_is_otherwise_valid()
    {
        var activity = Help();
        activity["serviceUrl"] = "https://attacker.example/connector/";

        var response = await Bot.PostActivityAsync(activity, Bot.ValidToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Channel.ConnectorRequests);
    }

    [Fact]
    public async Task Key_rotated_by_the_channel_is_fetched_on_first_sight_of_its_kid()
    {
        Assert.Equal(HttpStatusCode.OK, (await Bot.PostActivityAsync(Help(), Bot.ValidToken())).StatusCode);
        var fetchesBefore = Channel.JwksFetches;

        Channel.Publish("channel-key-2", ["msteams"]);
        var response = await Bot.PostActivityAsync(Help(), Channel.IssueToken(Spec with { Kid = "channel-key-2" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fetchesBefore + 1, Channel.JwksFetches);
    }

    [Fact]
    public async Task Token_signed_with_RS512_is_accepted()
    {
        var response = await Bot.PostActivityAsync(Help(), Channel.IssueToken(Spec with { Algorithm = "RS512" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Clock_skew_of_four_minutes_is_tolerated()
    {
        var now = DateTimeOffset.UtcNow;
        var response = await Bot.PostActivityAsync(Help(), Channel.IssueToken(Spec with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-4) }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Activity_from_a_tenant_not_served_is_refused_and_nothing_is_stored()
    {
        var activity = TeamsActivities.PersonalMessage(Channel.ServiceUrl, "help", tenantId: BotApplication.OtherTenantId);

        var response = await Bot.PostActivityAsync(activity, Bot.ValidToken());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Channel.ConnectorRequests);
        Assert.Equal(0, await CountStoredRowsAsync());
    }

    private string Bearer(TokenSpec spec) => "Bearer " + Channel.IssueToken(spec);

    private string HsToken()
    {
        var key = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) { KeyId = FakeTeamsChannel.EndorsedKid };
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object> { ["serviceurl"] = Channel.ServiceUrl, ["aud"] = BotApplication.AppId, ["iss"] = "https://api.botframework.com" },
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(key, "HS256"),
        });
        return "Bearer " + token;
    }
}
