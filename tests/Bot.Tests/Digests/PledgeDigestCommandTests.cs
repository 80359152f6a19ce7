using ThiDuaBot.Bot.Features.Digests;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Tenants;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Digests;

public sealed class PledgeDigestCommandTests : PledgeDigestTestBase
{
    private static readonly DateTimeOffset MondayMorning = new(2013, 3, 18, 10, 0, 0, Hanoi);

    [Theory]
    [InlineData("tổng hợp đăng ký")]
    [InlineData("tong hop dang ky")]
    [InlineData("Tổng hợp Đăng kí")]
    public async Task A_council_member_gets_the_pledge_round_digest_as_of_now_in_the_personal_chat_and_nothing_is_queued(string text)
    {
        await SeedPledgeRoundAsync();
        await SeedKnownPledgesAsync();
        await MoveClockToAsync(MondayMorning);

        var card = Assert.Single(await SayAsync(text, Hoa.Aad));

        Assert.True(IsPledgeDigest(card), string.Join(" | ", TextBlocks(card)));
        Assert.Contains("Bản xem theo yêu cầu lúc 18/03/2013 10:00; số liệu còn có thể thay đổi.", TextBlocks(card));
        var facts = Facts(card);
        Assert.Equal("3 người (60%)", facts["Đã đăng ký thi đua"]);
        Assert.Equal("1/2", facts["Đơn vị đã đăng ký tập thể"]);
        Assert.Equal("đăng ký 2/4 (50%) · chưa 2 · **chưa đăng ký tập thể**", facts["Văn phòng Sở"]);
        Assert.Equal(["Văn phòng Sở", "Phòng Quản lý khoa học"], ChartOf(card)["data"]!.AsArray().Select(bar => bar!["x"]!.GetValue<string>()));
        Assert.Equal(0, await QueuedAsync(Slot(18)));
    }

    [Fact]
    public async Task Digest_pledges_answers_in_english_and_the_month_argument_still_gives_the_monthly_digest()
    {
        await SeedPledgeRoundAsync();
        await MoveClockToAsync(MondayMorning);

        Assert.True(IsPledgeDigest(Assert.Single(await SayAsync("digest pledges", Hoa.Aad, "en-US")), Strings.En));
        Assert.True(IsPledgeDigest(Assert.Single(await SayAsync("digest pledge", Hoa.Aad, "en-US")), Strings.En));
        Assert.True(IsDigest(Assert.Single(await SayAsync("tổng hợp 03/2013", Hoa.Aad)), "03/2013"));
    }

    [Fact]
    public async Task An_unreadable_argument_is_answered_with_both_forms_and_nothing_is_stored()
    {
        await SeedPledgeRoundAsync();
        await MoveClockToAsync(MondayMorning);
        await SayAsync("trợ giúp", Hoa.Aad);
        var rows = await CountStoredRowsAsync();

        Assert.Empty(await SayAsync("tổng hợp đăng kýy", Hoa.Aad));

        var answer = Assert.Single(RepliedTexts());
        Assert.StartsWith("Không hiểu tháng “đăng kýy”", answer);
        Assert.Contains("**tổng hợp đăng ký**", answer);
        Assert.Equal(rows, await CountStoredRowsAsync());
    }

    [Fact]
    public async Task Staff_and_unit_heads_are_refused_in_their_language_and_nothing_is_stored()
    {
        await SeedPledgeRoundAsync();
        await SeedKnownPledgesAsync();
        await MoveClockToAsync(MondayMorning);
        foreach (var (person, locale, s) in new[] { (An, "vi-VN", Strings.Vi), (Dung, "vi-VN", Strings.Vi), (Lan, "en-US", Strings.En) })
        {
            await SayAsync("tổng hợp đăng ký", person.Aad, locale);
            var rows = await CountStoredRowsAsync();

            Assert.Empty(await SayAsync(locale == "en-US" ? "digest pledges" : "tổng hợp đăng ký", person.Aad, locale));

            Assert.Equal(Caller.Refusal(s, DigestCommand.Allowed), Assert.Single(RepliedTexts()));
            Assert.Equal(rows, await CountStoredRowsAsync());
        }
    }

    [Fact]
    public async Task In_the_council_channel_it_is_posted_there_and_elsewhere_the_member_is_told_where_to_ask_with_nothing_stored()
    {
        await SeedPledgeRoundAsync();
        await MoveClockToAsync(MondayMorning);

        var posted = Assert.Single(await SayInChannelAsync("tổng hợp đăng ký", Hoa.Aad));
        Assert.Contains("/conversations/" + TeamsActivities.ChannelConversationId, posted.Path);
        Assert.True(IsPledgeDigest(posted.Card!));

        const string Other = "19:another-channel@thread.tacv2";
        await SayInChannelAsync("tổng hợp đăng ký", Hoa.Aad, Other);
        var rows = await CountStoredRowsAsync();
        var answer = Assert.Single(await SayInChannelAsync("tổng hợp đăng ký", Hoa.Aad, Other));
        Assert.Null(answer.Card);
        Assert.StartsWith("Kênh này không phải kênh của Hội đồng Thi đua-Khen thưởng (Hội đồng TĐKT)", answer.Text);
        Assert.Equal(rows, await CountStoredRowsAsync());

        await Service<TenantSettingsStore>().UpdateAsync(BotApplication.TenantId, s => s with { CouncilConversationId = null }, CancellationToken.None);
        await SayInChannelAsync("tổng hợp đăng ký", Hoa.Aad);
        rows = await CountStoredRowsAsync();
        Assert.Equal(Strings.Vi.DigestNoCouncilChannel, Assert.Single(await SayInChannelAsync("tổng hợp đăng ký", Hoa.Aad)).Text);
        Assert.Equal(rows, await CountStoredRowsAsync());
    }
}
