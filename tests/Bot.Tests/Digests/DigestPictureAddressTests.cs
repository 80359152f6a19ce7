using System.Text.Json.Nodes;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Digests;

/// <summary>The one <c>PublicBaseUrl</c> setting gives the scheduled digest its picture, and the on-demand one too.</summary>
public sealed class DigestPictureAddressTests : DigestTestBase
{
    private const string PublicBaseUrl = "https://thiduabot.example.vn/bot";

    protected override IReadOnlyDictionary<string, string?>? Settings =>
        new Dictionary<string, string?>(base.Settings!) { ["PublicBaseUrl"] = PublicBaseUrl + "/" };

    [Fact]
    public async Task The_scheduled_post_and_the_digest_on_demand_point_their_picture_at_PublicBaseUrl()
    {
        await SeedDigestMonthAsync();
        await TickAtAsync(new DateTimeOffset(2013, 4, 26, 8, 0, 0, Hanoi));
        await QuietPeriod();
        var posted = Channel.ConnectorRequests
            .Where(r => r.Method == "POST" && r.Path.Contains("/conversations/" + TeamsActivities.ChannelConversationId + "/activities", StringComparison.Ordinal))
            .Select(r => r.BodyObject?["attachments"]?[0]?["content"]).OfType<JsonObject>()
            .Single(card => IsDigest(card, "04/2013"));
        Assert.Matches("^" + PublicBaseUrl + "/charts/[0-9a-f]{32}\\.png$", ChartOf(posted)["fallback"]!["url"]!.GetValue<string>());

        var answered = Assert.Single(await SayAsync("tổng hợp 04/2013", Hoa.Aad));
        Assert.Matches("^" + PublicBaseUrl + "/charts/[0-9a-f]{32}\\.png$", ChartOf(answered)["fallback"]!["url"]!.GetValue<string>());
    }
}
