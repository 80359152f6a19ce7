using System.Net;
using ThiDuaBot.Bot.Features.Digests;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.Storage.Tenants;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Digests;

public sealed class DigestCommandTests : DigestTestBase
{
    [Fact]
    public async Task A_council_member_gets_the_month_in_the_personal_chat_and_no_digest_row_is_written()
    {
        await SeedDigestMonthAsync();
        await MoveClockToAsync(new DateTimeOffset(2013, 4, 26, 9, 0, 0, Hanoi));

        var card = Assert.Single(await SayAsync("tong hop 04/2013", Hoa.Aad));

        Assert.True(IsDigest(card, "04/2013"), string.Join(" | ", TextBlocks(card)));
        Assert.Contains(Strings.Vi.DigestOnDemandNote[..20], TextBlocks(card)[2]);
        Assert.False(await DigestRowAsync());
    }

    [Fact]
    public async Task Without_a_month_the_digest_is_of_the_last_month_whose_staff_report_day_has_passed()
    {
        await SeedDigestMonthAsync(); // 21/04/2013: April's staff report day (20/04) has passed
        Assert.True(IsDigest(Assert.Single(await SayAsync("tổng hợp", Hoa.Aad)), "04/2013"));

        await MoveClockToAsync(new DateTimeOffset(2013, 5, 20, 9, 0, 0, Hanoi)); // May's is today, not passed: April
        Assert.True(IsDigest(Assert.Single(await SayAsync("tổng hợp", Hoa.Aad)), "04/2013"));

        await MoveClockToAsync(new DateTimeOffset(2013, 5, 21, 9, 0, 0, Hanoi));
        Assert.Contains("05/2013", TextBlocks(Assert.Single(await SayAsync("digest", Hoa.Aad, "en-US")))[0]);
    }

    [Fact]
    public async Task Without_a_month_early_in_the_first_month_the_digest_is_of_the_current_month()
    {
        await SeedDigestMonthAsync(reports: false); // 10/03/2013: February is outside every phase
        Assert.True(IsDigest(Assert.Single(await SayAsync("tổng hợp", Hoa.Aad)), "03/2013"));
    }

    [Theory]
    [InlineData("tổng hợp 13/2013", "Không hiểu tháng “13/2013”")]
    [InlineData("tổng hợp 05/2013", "Tháng 05/2013 chưa đến")]
    [InlineData("tổng hợp 02/2013", "Tháng 02/2013 không thuộc đợt thi đua nào")]
    public async Task An_unreadable_future_or_out_of_phase_month_is_answered_and_nothing_is_stored(string text, string answer)
    {
        await SeedDigestMonthAsync();
        await MoveClockToAsync(new DateTimeOffset(2013, 4, 26, 9, 0, 0, Hanoi));
        await SayAsync("trợ giúp", Hoa.Aad);
        var rows = await CountStoredRowsAsync();

        Assert.Empty(await SayAsync(text, Hoa.Aad));

        Assert.StartsWith(answer, Assert.Single(RepliedTexts()));
        Assert.Equal(rows, await CountStoredRowsAsync());
    }

    [Fact]
    public async Task Staff_and_unit_heads_are_refused_and_nothing_is_stored()
    {
        await SeedDigestMonthAsync();
        foreach (var person in new[] { An, Dung })
        {
            await SayAsync("trợ giúp", person.Aad);
            var rows = await CountStoredRowsAsync();

            Assert.Empty(await SayAsync("tổng hợp 04/2013", person.Aad));

            Assert.Equal(Caller_refusal(), Assert.Single(RepliedTexts()));
            Assert.Equal(rows, await CountStoredRowsAsync());
        }
    }

    private static string Caller_refusal() => ThiDuaBot.Bot.Features.Roles.Caller.Refusal(Strings.Vi, DigestCommand.Allowed);

    [Fact]
    public async Task In_the_council_channel_the_digest_is_posted_there_and_no_digest_row_is_written()
    {
        await SeedDigestMonthAsync();
        await MoveClockToAsync(new DateTimeOffset(2013, 4, 26, 9, 0, 0, Hanoi));

        var sent = Assert.Single(await SayInChannelAsync("tổng hợp 04/2013", Hoa.Aad));

        Assert.Contains("/conversations/" + TeamsActivities.ChannelConversationId, sent.Path);
        Assert.True(IsDigest(sent.Card!, "04/2013"));
        Assert.False(await DigestRowAsync());
    }

    [Fact]
    public async Task In_another_channel_or_with_no_council_channel_the_member_is_told_where_to_ask()
    {
        await SeedDigestMonthAsync(councilChannel: false);
        await MoveClockToAsync(new DateTimeOffset(2013, 4, 26, 9, 0, 0, Hanoi));

        Assert.Equal(Strings.Vi.DigestNoCouncilChannel, Assert.Single(await SayInChannelAsync("tổng hợp", Hoa.Aad)).Text);

        await Service<TenantSettingsStore>().UpdateAsync(BotApplication.TenantId, s => s with
        {
            CouncilConversationId = "19:another-channel@thread.tacv2",
            CouncilServiceUrl = Channel.ServiceUrl,
            CouncilChannelName = CouncilChannelName,
        }, CancellationToken.None);
        var answer = Assert.Single(await SayInChannelAsync("tổng hợp", Hoa.Aad)).Text;
        Assert.StartsWith("Kênh này không phải kênh của Hội đồng Thi đua-Khen thưởng (Hội đồng TĐKT)", answer);
    }

    [Fact]
    public async Task The_chart_image_of_a_digest_is_a_png_and_an_unknown_chart_is_not_found()
    {
        await SeedDigestMonthAsync();
        await MoveClockToAsync(new DateTimeOffset(2013, 4, 26, 9, 0, 0, Hanoi));
        var card = Assert.Single(await SayAsync("tổng hợp 04/2013", Hoa.Aad));
        var url = new Uri(ChartOf(card)["fallback"]!["url"]!.GetValue<string>());
        Assert.Matches("^/charts/[0-9a-f]{32}\\.png$", url.AbsolutePath);

        using var client = Bot.CreateClient();
        using var image = await client.GetAsync(url.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        var bytes = await image.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.True(bytes.Length > 100);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/charts/0123456789abcdef0123456789abcdef.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/charts/not-an-id.png")).StatusCode);
    }
}
