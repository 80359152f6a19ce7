using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.TestSupport.Cards;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Pledges.Reminders;

/// <summary><c>đơn vị</c>: the unit head's roll-up, its refresh, and one-tap nudges with every refusal.</summary>
public sealed class UnitRollupTests : ReminderTestBase
{
    /// <summary>Today in the tests (the clock's 10/03/2013): the round of the day's nudges.</summary>
    private const string TodaysNudges = "nudge-2013-03-10";

    private async Task<JsonObject> RollupAsync(TestPerson head, string text = "đơn vị", string locale = "vi-VN") =>
        Assert.Single(await SayAsync(text, head.Aad, locale));

    /// <summary>The campaign and roster with the pledge round launched, and Dũng's roll-up of the office.</summary>
    private async Task<JsonObject> LaunchedRollupAsync()
    {
        await SeedWithChatsAsync();
        await LaunchAsync();
        return await RollupAsync(Dung);
    }

    /// <summary>The data of the nudge button next to <paramref name="person"/>'s name.</summary>
    private static JsonObject NudgeData(JsonObject card, TestPerson person) =>
        card["body"]!.AsArray()
            .Where(e => e!["type"]!.GetValue<string>() == "ColumnSet")
            .Select(row => row!["columns"]![1]!["items"]![0]!["actions"]![0]!)
            .Single(action => action["data"]![UnitRollupCard.PersonKey]!.GetValue<string>() == person.SignInName)["data"]!
            .DeepClone().AsObject();

    private static IReadOnlyList<string> NudgeButtonsFor(JsonObject card) =>
        card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "ColumnSet")
            .Select(row => row!["columns"]![0]!["items"]![0]!["text"]!.GetValue<string>()).ToList();

    private static IReadOnlyList<string> Colored(JsonObject card, string color) =>
        card["body"]!.AsArray().Where(e => e!["color"]?.GetValue<string>() == color).Select(e => e!["text"]!.GetValue<string>()).ToList();

    private async Task<InvokeAnswer> NudgeAsync(JsonObject card, TestPerson person, TestPerson by, string locale = "vi-VN") =>
        await ExecuteAsync(UnitRollupCard.NudgeVerb, NudgeData(card, person), by.Aad, locale);

    private async Task AssertNothingNudgedAsync()
    {
        Assert.Equal(0, await QueuedCountAsync(TodaysNudges));
        foreach (var person in new[] { An, Lan, Cuong, Long })
        {
            Assert.Equal(0, await CountOfAsync(person));
        }
    }

    [Theory]
    [InlineData("đơn vị", "vi-VN")]
    [InlineData("Don vi", "vi-VN")]
    [InlineData("UNIT", "en-US")]
    public async Task The_roll_up_lists_who_pledged_with_their_title_and_who_has_not_with_a_nudge_button_each(string text, string locale)
    {
        await SeedWithChatsAsync();
        await LaunchAsync();
        await ClickAsync(await OpenCardAsync(An), PledgeCard.SubmitVerb, ValidInputs(title: "chien-si-thi-dua-co-so"));
        await ClickAsync(await OpenCardAsync(Dung, collective: true), PledgeCard.SubmitVerb, ValidInputs(title: "tap-the-lao-dong-xuat-sac"), aad: Dung.Aad);

        var card = await RollupAsync(Dung, text, locale);

        var s = Strings.For(LanguageExtensions.FromLocale(locale));
        Assert.Equal(s.UnitRollupTitle, TextBlocks(card)[0]);
        var facts = Facts(card);
        Assert.Equal("Văn phòng Sở", facts[s.PledgeUnit]);
        Assert.Equal("20/03/2013", facts[s.PledgeDeadline]);
        Assert.Equal("1/4", facts[s.UnitRollupIndividuals]);
        Assert.Equal("Tập thể lao động xuất sắc", facts[s.UnitRollupCollective]);
        Assert.Equal("Chiến sĩ thi đua cơ sở", facts["Nguyễn Văn An"]);
        Assert.Equal(["Hoàng Văn Dũng", "Lê Văn Cường", "Phạm Thị Lan"], NudgeButtonsFor(card));
        Assert.Equal([UnitRollupCard.NudgeAllVerb, UnitRollupCard.RefreshVerb], card["actions"]!.AsArray().Select(a => a!["verb"]!.GetValue<string>()));
        Assert.Equal([TeamsActivities.UserId], card["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal(UnitRollupCard.RefreshVerb, card["refresh"]!["action"]!["verb"]!.GetValue<string>());
        CardAssert.Valid(card);
    }

    [Fact]
    public async Task Staff_who_are_not_unit_heads_cannot_open_refresh_or_nudge_and_nothing_is_sent()
    {
        var card = await LaunchedRollupAsync();

        await SayAsync("đơn vị", An.Aad);
        var said = Assert.Single(RepliedTexts());
        var nudge = await NudgeAsync(card, Lan, by: An);
        var all = await ClickAsync(card, UnitRollupCard.NudgeAllVerb, aad: An.Aad, locale: "en-US");
        var refresh = await ClickAsync(card, UnitRollupCard.RefreshVerb, aad: An.Aad);

        var refusal = Caller.Refusal(Strings.Vi, Role.UnitHead);
        Assert.Equal(refusal, said);
        Assert.Equal(refusal, nudge.Message);
        Assert.Equal(Caller.Refusal(Strings.En, Role.UnitHead), all.Message);
        Assert.Equal(refusal, refresh.Message);
        await AssertNothingNudgedAsync();
    }

    [Fact]
    public async Task A_nudge_sends_the_person_their_form_with_the_heads_words_once_a_day_however_often_it_is_pressed()
    {
        var card = await LaunchedRollupAsync();

        var first = await NudgeAsync(card, Lan, by: Dung);
        var doubleClick = await NudgeAsync(card, Lan, by: Dung);
        var lans = Assert.Single(await CardsPostedToAsync(Lan));
        Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await NudgeAsync(first.Card, Lan, by: Dung);

        Assert.Equal(["Đã gửi lời nhắc tới 1 người: Phạm Thị Lan."], Colored(first.Card, "Good"));
        Assert.Equal(["Không nhắc lại vì hôm nay đã nhắc: Phạm Thị Lan."], Colored(doubleClick.Card, "Good"));
        Assert.Equal(["Đã gửi lời nhắc tới 1 người: Phạm Thị Lan."], Colored(nextDay.Card, "Good"));
        Assert.Equal(1, await QueuedCountAsync(TodaysNudges));
        Assert.Equal(1, await QueuedCountAsync("nudge-2013-03-11"));
        Assert.Contains("Hoàng Văn Dũng (your unit head) reminds you to pledge by the end of 20/03/2013. Days left: 10.", TextBlocks(lans));
        Assert.Equal(PledgeCard.SubmitVerb, Verb(lans));
        Assert.Contains("Hoàng Văn Dũng (your unit head) reminds you to pledge by the end of 20/03/2013. Days left: 9.", TextBlocks((await CardsPostedToAsync(Lan, atLeast: 2))[1]));
        Assert.Equal(2, await CountOfAsync(Lan));
        await QuietPeriod();
        Assert.Equal(2, (await CardsPostedToAsync(Lan)).Count);
        CardAssert.AllValid([first.Card, lans]);
    }

    [Fact]
    public async Task Nudging_everyone_reminds_who_has_not_pledged_and_says_who_was_skipped_and_why()
    {
        var card = await LaunchedRollupAsync();
        Clock.Advance(TimeSpan.FromMinutes(5));
        await ClickAsync(await OpenCardAsync(An), PledgeCard.SubmitVerb, ValidInputs());

        var answer = await ClickAsync(card, UnitRollupCard.NudgeAllVerb, aad: Dung.Aad);

        Assert.Equal(
            ["Đã gửi lời nhắc tới 1 người: Phạm Thị Lan.", "Không nhắc được vì chưa cài ThiDuaBot: Lê Văn Cường.", "Không nhắc vì đã đăng ký: Nguyễn Văn An."],
            Colored(answer.Card, "Good"));
        Assert.Equal("1/4", Facts(answer.Card)[Strings.Vi.UnitRollupIndividuals]);
        Assert.Equal(["Hoàng Văn Dũng", "Lê Văn Cường", "Phạm Thị Lan"], NudgeButtonsFor(answer.Card));
        Assert.Equal(1, await QueuedCountAsync(TodaysNudges));
        Assert.Equal(0, await CountOfAsync(Dung));
        Assert.Equal(0, await CountOfAsync(Cuong));
        Assert.Single(await CardsPostedToAsync(Lan));
        await QuietPeriod();
        Assert.Empty(await CardsPostedToAsync(Dung, atLeast: 0));
    }

    [Fact]
    public async Task Nudges_and_automatic_reminders_share_the_cap_and_the_nudge_says_who_reached_it()
    {
        await SeedWithChatsAsync(CampaignWith(maxPerPrompt: 2));
        await LaunchAsync();
        var card = await RollupAsync(Dung);
        await NudgeAsync(card, Lan, by: Dung);
        await CardsPostedToAsync(Lan); // sent before the clock jumps a week
        await TickAtAsync(FirstSlot);
        await CardsPostedToAsync(Lan, atLeast: 2);

        var second = await TickAtAsync(SecondSlot);
        Clock.Advance(TimeSpan.FromHours(1));
        var nudge = await NudgeAsync(card, Lan, by: Dung);

        Assert.Contains(Assert.Single(second.Runs).Outcomes, o => o.Person.SignInName == Lan.SignInName && o.Result == ThiDuaBot.Bot.Features.Pledges.Reminders.PledgeReminderResult.CapReached);
        Assert.Null(await QueuedAsync(SecondRound, Lan));
        Assert.NotNull(await QueuedAsync(SecondRound, An));
        Assert.Equal(["Không nhắc vì đã nhận đủ 2 lời nhắc: Phạm Thị Lan."], Colored(nudge.Card, "Good"));
        Assert.Equal(0, await QueuedCountAsync("nudge-2013-03-19"));
        Assert.Equal(2, await CountOfAsync(Lan));
        await QuietPeriod();
        Assert.Equal(2, (await CardsPostedToAsync(Lan)).Count);
    }

    [Fact]
    public async Task A_unit_head_cannot_nudge_someone_of_another_unit_or_who_has_left_nor_use_another_units_card()
    {
        var card = await LaunchedRollupAsync();
        var otherUnit = NudgeData(card, Lan);
        otherUnit[UnitRollupCard.PersonKey] = Long.SignInName;
        var left = NudgeData(card, Lan);
        left[UnitRollupCard.PersonKey] = Left.SignInName;

        var nudgeOther = await ExecuteAsync(UnitRollupCard.NudgeVerb, otherUnit, Dung.Aad);
        var nudgeLeft = await ExecuteAsync(UnitRollupCard.NudgeVerb, left, Dung.Aad, "en-US");
        var otherHead = await NudgeAsync(card, Lan, by: Long);
        var otherHeadRefresh = await ClickAsync(card, UnitRollupCard.RefreshVerb, aad: Long.Aad);

        Assert.Equal(string.Format(Strings.Vi.UnitNudgeNotInUnit, Long.SignInName), nudgeOther.Message);
        Assert.Equal(string.Format(Strings.En.UnitNudgeNotInUnit, Left.SignInName), nudgeLeft.Message);
        Assert.Equal(Strings.Vi.UnitNotHead, otherHead.Message);
        Assert.Equal(Strings.Vi.UnitNotHead, otherHeadRefresh.Message);
        await AssertNothingNudgedAsync();
    }

    [Fact]
    public async Task A_card_of_another_campaign_or_with_unknown_or_missing_data_is_refused_and_nothing_is_sent()
    {
        var card = await LaunchedRollupAsync();
        var otherCampaign = NudgeData(card, Lan);
        otherCampaign[UnitRollupCard.CampaignIdKey] = "ke-hoach-thi-dua-2012";
        var noUnit = NudgeData(card, Lan);
        noUnit.Remove(UnitRollupCard.UnitIdKey);
        var noPerson = NudgeData(card, Lan);
        noPerson.Remove(UnitRollupCard.PersonKey);
        var notText = NudgeData(card, Lan);
        notText[UnitRollupCard.PersonKey] = new JsonArray(1, 2);

        Assert.Equal(Strings.Vi.UnitOtherCampaign, (await ExecuteAsync(UnitRollupCard.NudgeVerb, otherCampaign, Dung.Aad)).Message);
        Assert.Equal(Strings.En.UnitOtherCampaign, (await ExecuteAsync(UnitRollupCard.RefreshVerb, otherCampaign.DeepClone().AsObject(), Dung.Aad, "en-US")).Message);
        Assert.Equal(Strings.Vi.UnknownCardAction, (await ExecuteAsync(UnitRollupCard.NudgeAllVerb, noUnit, Dung.Aad)).Message);
        Assert.Equal(Strings.Vi.UnknownCardAction, (await ExecuteAsync(UnitRollupCard.NudgeVerb, noPerson, Dung.Aad)).Message);
        Assert.Equal(Strings.Vi.UnknownCardAction, (await ExecuteAsync(UnitRollupCard.NudgeVerb, notText, Dung.Aad)).Message);
        Assert.Equal(Strings.Vi.UnknownCardAction, (await ExecuteAsync(UnitRollupCard.NudgeVerb, new JsonObject(), Dung.Aad)).Message);
        await AssertNothingNudgedAsync();
    }

    [Fact]
    public async Task Before_the_launch_and_on_a_closed_campaign_the_roll_up_says_why_and_nobody_is_nudged()
    {
        await SeedWithChatsAsync();
        var card = await RollupAsync(Dung);
        await LaunchAsync();
        var launched = await RollupAsync(Dung);
        var refreshed = await ClickAsync(card, UnitRollupCard.RefreshVerb, aad: Dung.Aad);
        await CloseCampaignAsync();

        var closed = await ClickAsync(launched, UnitRollupCard.NudgeAllVerb, aad: Dung.Aad, locale: "en-US");

        Assert.Contains(Strings.Vi.UnitRoundNotLaunched, TextBlocks(card));
        Assert.Empty(NudgeButtonsFor(card));
        Assert.Equal([UnitRollupCard.RefreshVerb], card["actions"]!.AsArray().Select(a => a!["verb"]!.GetValue<string>()));
        Assert.DoesNotContain(Strings.Vi.UnitRoundNotLaunched, TextBlocks(refreshed.Card));
        Assert.Equal(4, NudgeButtonsFor(refreshed.Card).Count);
        Assert.Contains(Strings.En.UnitCampaignClosed, TextBlocks(closed.Card));
        Assert.Empty(NudgeButtonsFor(closed.Card));
        Assert.Equal([UnitRollupCard.RefreshVerb], closed.Card["actions"]!.AsArray().Select(a => a!["verb"]!.GetValue<string>()));
        await AssertNothingNudgedAsync();
        CardAssert.AllValid([card, closed.Card]);
    }

    [Fact]
    public async Task After_the_deadline_a_nudge_from_an_old_card_sends_nothing_and_the_roll_up_says_the_deadline_passed()
    {
        var card = await LaunchedRollupAsync();
        await MoveClockToAsync(new DateTimeOffset(2013, 3, 21, 8, 0, 0, Hanoi));

        var expired = await NudgeAsync(card, Lan, by: Dung);
        var all = await ClickAsync(card, UnitRollupCard.NudgeAllVerb, aad: Dung.Aad);

        Assert.Contains("Đã hết hạn đăng ký thi đua (hết ngày 20/03/2013) nên không nhắc nữa.", TextBlocks(expired.Card));
        Assert.Empty(NudgeButtonsFor(expired.Card));
        Assert.Empty(NudgeButtonsFor(all.Card));
        Assert.Equal(0, await QueuedCountAsync("nudge-2013-03-21"));
        Assert.Equal(0, await CountOfAsync(Lan));
        await QuietPeriod();
        Assert.Empty(await CardsPostedToAsync(Lan, atLeast: 0));
    }

    [Fact]
    public async Task The_refresh_shows_the_unit_as_it_stands_now()
    {
        var card = await LaunchedRollupAsync();
        Clock.Advance(TimeSpan.FromMinutes(30));
        await ClickAsync(await OpenCardAsync(Lan), PledgeCard.SubmitVerb, ValidInputs(), aad: Lan.Aad);

        var refreshed = await ExecuteAsync(UnitRollupCard.RefreshVerb, card["refresh"]!["action"]!["data"]!.DeepClone().AsObject(), Dung.Aad);

        Assert.Equal("1/4", Facts(refreshed.Card)[Strings.Vi.UnitRollupIndividuals]);
        Assert.Equal("Lao động tiên tiến", Facts(refreshed.Card)["Phạm Thị Lan"]);
        Assert.Equal(["Hoàng Văn Dũng", "Lê Văn Cường", "Nguyễn Văn An"], NudgeButtonsFor(refreshed.Card));
        Assert.Contains("Cập nhật lúc 08:30 10/03/2013", TextBlocks(refreshed.Card));
    }

    [Fact]
    public async Task Someone_who_pledged_in_their_old_unit_shows_as_pledged_in_the_new_one_and_is_not_nudged()
    {
        await SeedWithChatsAsync();
        await LaunchAsync();
        await ClickAsync(await OpenCardAsync(An), PledgeCard.SubmitVerb, ValidInputs(title: "chien-si-thi-dua-co-so"));
        // An moves to Long's unit without saving the pledge again: the pledge stays indexed under the office.
        await Service<RosterStore>().ApplyAsync(BotApplication.TenantId, CampaignId, new RosterChanges([An.ToPerson() with { UnitId = Science }], []), CancellationToken.None);

        var card = await RollupAsync(Long);

        Assert.Equal("Chiến sĩ thi đua cơ sở", Facts(card)["Nguyễn Văn An"]);
        Assert.DoesNotContain("Nguyễn Văn An", NudgeButtonsFor(card));
        var all = await ExecuteAsync(UnitRollupCard.NudgeAllVerb, card["actions"]!.AsArray()[0]!["data"]!.DeepClone().AsObject(), Long.Aad);
        Assert.Equal(0, await CountOfAsync(An));
        Assert.Null(await QueuedAsync(TodaysNudges, An));
        Assert.Contains(TextBlocks(all.Card), t => t.Contains("Nguyễn Văn An", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_help_card_lists_the_unit_command()
    {
        await SeedAsync();

        var help = Assert.Single(await SayAsync("trợ giúp"));

        Assert.Equal(Strings.Vi.UnitCommandDescription, Facts(help)[Strings.Vi.UnitCommandWord]);
    }
}
