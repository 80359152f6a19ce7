using System.Text.Json.Nodes;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Tenants;
using ThiDuaBot.TestSupport.Cards;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Pledges;

/// <summary><c>đăng ký</c> / <c>pledge</c> and <c>trạng thái</c> / <c>status</c>, however they are typed.</summary>
public sealed class PledgeCommandTests : PledgeTestBase
{
    [Theory]
    [InlineData("đăng ký", "vi-VN")]
    [InlineData("dang ky", "vi-VN")]
    [InlineData("đăng kí", "vi-VN")]
    [InlineData("Đăng ký thi đua", "vi-VN")]
    [InlineData("PLEDGE", "en-US")]
    [InlineData("Pledge", "vi-VN")]
    public async Task Pledge_command_in_any_spelling_sends_the_persons_form(string text, string locale)
    {
        await SeedAsync();

        var cards = await SayAsync(text, locale: locale);

        var card = Assert.Single(cards);
        var strings = Strings.For(LanguageExtensions.FromLocale(locale));
        Assert.Equal(strings.PledgeIndividualHeading, TextBlocks(card)[0]);
        Assert.Equal(PledgeCard.SubmitVerb, Verb(card));
        Assert.Equal(An.SignInName, card["actions"]![0]!["data"]![PledgeCard.SubjectKey]!.GetValue<string>());
        var facts = Facts(card);
        Assert.Equal("Nguyễn Văn An", facts[strings.PledgeName]);
        Assert.Equal("Văn phòng Sở", facts[strings.PledgeUnit]);
        Assert.Equal("20/03/2013", facts[strings.PledgeDeadline]);
        Assert.Equal(8, Input(card, PledgeCard.AreasInput)!["choices"]!.AsArray().Count);
        CardAssert.Valid(card);
    }

    [Fact]
    public async Task A_unit_head_gets_their_own_card_and_the_units()
    {
        await SeedAsync();

        var cards = await SayAsync("đăng ký", Dung.Aad);

        Assert.Equal([PledgeCard.IndividualKind, PledgeCard.CollectiveKind], cards.Select(Kind));
        Assert.Equal(Office, cards[1]["actions"]![0]!["data"]![PledgeCard.SubjectKey]!.GetValue<string>());
        Assert.Equal("Hoàng Văn Dũng", Facts(cards[1])[Strings.Vi.PledgeUnitHead]);
        CardAssert.AllValid(cards);
    }

    [Fact]
    public async Task After_pledging_the_command_sends_the_summary()
    {
        await SeedAsync();
        await ClickAsync(await OpenCardAsync(An), PledgeCard.SubmitVerb, ValidInputs());

        var card = Assert.Single(await SayAsync("dang ky"));

        Assert.Equal(PledgeCard.EditVerb, Verb(card));
        Assert.Equal("Lao động tiên tiến", Facts(card)[Strings.Vi.PledgeTitleLabel]);
    }

    [Fact]
    public async Task After_the_deadline_the_command_sends_the_closed_card_to_who_did_not_pledge()
    {
        await SeedAsync();
        Clock.SetUtcNow(new DateTimeOffset(2013, 3, 21, 8, 0, 0, TimeSpan.FromHours(7)));

        var card = Assert.Single(await SayAsync("đăng ký"));

        Assert.Null(card["actions"]);
        Assert.Contains(string.Format(Strings.Vi.PledgeDeadlinePassedNotPledged, "20/03/2013"), TextBlocks(card));
        CardAssert.Valid(card);
    }

    [Theory]
    [InlineData("trạng thái", "vi-VN")]
    [InlineData("trang thai", "vi-VN")]
    [InlineData("Status", "en-US")]
    public async Task Status_says_not_yet_with_the_deadline_then_the_date_version_and_title(string text, string locale)
    {
        await SeedAsync();
        var english = locale == "en-US";

        await SayAsync(text, locale: locale);
        var before = Assert.Single(RepliedTexts());
        await ClickAsync(await OpenCardAsync(An), PledgeCard.SubmitVerb, ValidInputs(title: "chien-si-thi-dua-co-so"));
        await SayAsync(text, locale: locale);
        var after = Assert.Single(RepliedTexts());

        Assert.Equal(english
            ? "You have not pledged yet. Deadline: end of 20/03/2013. Type **pledge** to open your card."
            : "Bạn chưa đăng ký thi đua. Hạn đăng ký: hết ngày 20/03/2013. Gõ **đăng ký** để mở thẻ.", before);
        Assert.Equal(english
            ? "You pledged on 10/03/2013 (version 1), aiming at **Chiến sĩ thi đua cơ sở**. It can be edited until the end of 20/03/2013: type **pledge**."
            : "Bạn đã đăng ký thi đua ngày 10/03/2013 (bản 1), danh hiệu phấn đấu: **Chiến sĩ thi đua cơ sở**. Có thể sửa đến hết ngày 20/03/2013: gõ **đăng ký**.", after);
    }

    [Fact]
    public async Task Status_of_a_unit_head_covers_the_unit_and_after_the_deadline_reads_final_or_missed()
    {
        await SeedAsync();
        await ClickAsync(await OpenCardAsync(Dung), PledgeCard.SubmitVerb, ValidInputs(), aad: Dung.Aad);
        Clock.SetUtcNow(new DateTimeOffset(2013, 3, 22, 8, 0, 0, TimeSpan.FromHours(7)));

        await SayAsync("trạng thái", Dung.Aad);

        Assert.Equal(
            "Bạn đã đăng ký thi đua ngày 10/03/2013 (bản 1), danh hiệu phấn đấu: **Lao động tiên tiến**. Đã hết hạn đăng ký: đây là bản chính thức.\n\n"
            + "Đơn vị **Văn phòng Sở** chưa đăng ký thi đua tập thể và đã hết hạn đăng ký (hết ngày 20/03/2013).",
            Assert.Single(RepliedTexts()));
    }

    [Theory]
    [InlineData("đăng ký")]
    [InlineData("trạng thái")]
    public async Task People_not_on_the_roster_are_told_so(string command)
    {
        await SeedAsync();

        var cards = await SayAsync(command, StrangerAad);

        Assert.Empty(cards);
        Assert.Equal(Strings.Vi.PledgeNotOnRoster, Assert.Single(RepliedTexts()));
        await SayAsync(command, Left.Aad, locale: "en-US");
        Assert.Equal(Strings.En.PledgeNotOnRoster, Assert.Single(RepliedTexts()));
    }

    [Fact]
    public async Task Without_a_running_campaign_the_commands_say_so()
    {
        await SeedAsync();
        await Service<TenantSettingsStore>().UpdateAsync(BotApplication.TenantId, s => s with { ActiveCampaignId = null }, CancellationToken.None);

        await SayAsync("đăng ký");
        Assert.Equal(Strings.Vi.PledgeNoCampaign, Assert.Single(RepliedTexts()));
        await SayAsync("status", locale: "en-US");
        Assert.Equal(Strings.En.PledgeNoCampaign, Assert.Single(RepliedTexts()));
    }

    [Fact]
    public async Task In_a_team_channel_the_commands_point_to_the_personal_chat()
    {
        await SeedAsync();

        Channel.ClearRecordings();
        (await SendAsync(TeamsActivities.ChannelMessageWithMention(Channel.ServiceUrl, "đăng ký"))).EnsureSuccessStatusCode();

        Assert.DoesNotContain(SentActivities(), s => s.BodyObject?["attachments"] is JsonArray);
        Assert.Equal(Strings.Vi.PledgeOnlyPersonalChat, Assert.Single(RepliedTexts()));
    }

    [Theory]
    [InlineData("trợ giúp", "vi-VN", "đăng ký", "trạng thái")]
    [InlineData("help", "en-US", "pledge", "status")]
    public async Task The_help_card_lists_the_pledge_commands(string help, string locale, string pledge, string status)
    {
        await SeedAsync();

        var card = Assert.Single(await SayAsync(help, locale: locale));

        var facts = Facts(card);
        var strings = Strings.For(LanguageExtensions.FromLocale(locale));
        Assert.Equal(strings.PledgeCommandDescription, facts[pledge]);
        Assert.Equal(strings.PledgeStatusCommandDescription, facts[status]);
        CardAssert.Valid(card);
    }
}
