using System.Text.Json.Nodes;
using Azure.Data.Tables;
using ThiDuaBot.Bot.Features.Progress;
using ThiDuaBot.Bot.Features.Progress.Units;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.TestSupport.Cards;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Progress;

/// <summary>
/// <c>báo cáo đơn vị</c>: the unit head's month roll-up, the unit's monthly report and its amendments, decisions on
/// good deeds, and every refusal, through <c>/api/messages</c>. The office (Văn phòng Sở) has An and Lan (staff) and
/// Dũng (its head, who pledges for himself too); Long heads another unit. The clock starts on 10/03/2013, before the
/// staff report day (20th).
/// </summary>
public sealed class UnitMonthTests : ProgressTestBase
{
    private const string DeedText = "Hiến máu tình nguyện 3 lần trong tháng.";
    private const string AdminTitle = "Cải cách hành chính";
    private const string StateTitle = "Quản lý nhà nước";

    private ProgressStore Store => Reports;

    private async Task<JsonObject> OpenUnitMonthAsync(TestPerson head, string text = "báo cáo đơn vị", string locale = "vi-VN") =>
        Assert.Single(await SayAsync(text, head.Aad, locale));

    /// <summary>An and Lan pledge; An reports with a good deed about Lan; Dũng has not pledged.</summary>
    private async Task<JsonObject> SeedAndReportAsync()
    {
        await SeedWithPledgesAsync(An, Lan);
        await ClickAsync(await OpenReportAsync(An), ProgressCard.SubmitVerb, Inputs(state: "done", deedAbout: "colleague", deedName: "Phạm Thị Lan", deedText: DeedText));
        return await OpenUnitMonthAsync(Dung);
    }

    private Task<UnitMonthReport?> UnitReportAsync(string unit = Office, string month = March) =>
        Store.GetUnitReportAsync(BotApplication.TenantId, CampaignId, month, unit, CancellationToken.None);

    private Task<IReadOnlyList<UnitMonthReport>> UnitReportVersionsAsync(string month = March) =>
        Store.ListUnitReportVersionsAsync(BotApplication.TenantId, CampaignId, month, Office, CancellationToken.None);

    private Task<IReadOnlyList<StoredDeedDecision>> DecisionsAsync() =>
        Store.ListDeedDecisionsAsync(BotApplication.TenantId, CampaignId, March, Office, CancellationToken.None);

    private async Task AssertNothingStoredAsync()
    {
        Assert.Null(await UnitReportAsync());
        Assert.Empty(await UnitReportVersionsAsync());
        Assert.Empty(await DecisionsAsync());
    }

    private static JsonObject ActionData(JsonObject card, string verb) =>
        card["actions"]!.AsArray().Single(a => a!["verb"]!.GetValue<string>() == verb)!["data"]!.DeepClone().AsObject();

    private static IEnumerable<JsonObject> BodyActions(JsonNode node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" => [o],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : BodyActions(p.Value)),
        JsonArray a => a.SelectMany(e => e is null ? [] : BodyActions(e)),
        _ => [],
    };

    /// <summary>The data of the deed button <paramref name="decision"/> next to <paramref name="person"/>'s deed.</summary>
    private static JsonObject DeedData(JsonObject card, TestPerson person, string decision) =>
        BodyActions(card["body"]!).Single(a => a["verb"]!.GetValue<string>() == UnitMonthCard.DeedVerb
            && a["data"]![UnitMonthCard.PersonKey]!.GetValue<string>() == person.SignInName
            && a["data"]![UnitMonthCard.DecisionKey]!.GetValue<string>() == decision)["data"]!.DeepClone().AsObject();

    private static IReadOnlyList<string> AllTexts(JsonNode node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "TextBlock" => [o["text"]!.GetValue<string>()],
        JsonObject o => o.Where(p => p.Key != "refresh" && p.Key != "actions").SelectMany(p => p.Value is null ? [] : AllTexts(p.Value)).ToList(),
        JsonArray a => a.SelectMany(e => e is null ? [] : AllTexts(e)).ToList(),
        _ => [],
    };

    private static IReadOnlyList<string> AllStrings(JsonNode node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var text) => [text],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : AllStrings(p.Value)).ToList(),
        JsonArray a => a.SelectMany(e => e is null ? [] : AllStrings(e)).ToList(),
        _ => [],
    };

    private static JsonObject Comment(string text) => new() { [UnitMonthCard.CommentInput] = text };

    private static JsonObject Amendment(string? reason, string comment = "Bổ sung ý kiến.") => new()
    {
        [UnitMonthCard.ReasonInput] = reason,
        [UnitMonthCard.CommentInput] = comment,
    };

    private async Task AddDigestMarkerAsync() =>
        await Service<Tables>().Get(TableNames.Progress).AddEntityAsync(new TableEntity(ProgressKeys.Partition(BotApplication.TenantId, CampaignId, March), ProgressKeys.DigestRow));

    [Theory]
    [InlineData("báo cáo đơn vị", "vi-VN")]
    [InlineData("Bao cao don vi", "vi-VN")]
    [InlineData("unit report", "en-US")]
    public async Task The_roll_up_shows_counts_statuses_by_area_who_reported_who_has_not_and_the_good_deeds(string text, string locale)
    {
        await SeedWithPledgesAsync(An, Lan);
        await ClickAsync(await OpenReportAsync(An), ProgressCard.SubmitVerb, Inputs(state: "done", deedAbout: "colleague", deedName: "Phạm Thị Lan", deedText: DeedText));

        var card = await OpenUnitMonthAsync(Dung, text, locale);

        var s = Strings.For(LanguageExtensions.FromLocale(locale));
        Assert.Equal(string.Format(s.UnitMonthTitle, "03/2013"), TextBlocks(card)[0]);
        var facts = Facts(card);
        Assert.Equal("Văn phòng Sở", facts[s.PledgeUnit]);
        Assert.Equal("20/03/2013", facts[s.UnitMonthReportDay]);
        Assert.Equal(s.UnitMonthReportNotYet, facts[s.UnitMonthReportState]);
        Assert.Equal("3", facts[s.UnitMonthMembers]);
        Assert.Equal("1", facts[s.UnitMonthReportedCount]);
        Assert.Equal("2", facts[s.UnitMonthNotReportedCount]);
        Assert.Equal("1", facts[s.UnitMonthWithoutPledge]);
        Assert.Equal(string.Format(s.UnitMonthAreaCounts, 0, 1, 0, 0), facts.Single(f => f.Key.StartsWith(AdminTitle, StringComparison.Ordinal)).Value);
        Assert.Equal(string.Format(s.UnitMonthAreaCounts, 1, 0, 0, 0), facts.Single(f => f.Key.StartsWith(StateTitle, StringComparison.Ordinal)).Value);
        Assert.Equal(string.Format(s.UnitMonthReportedNote, "10/03 08:00", 1), facts["Nguyễn Văn An"]);
        var texts = AllTexts(card);
        Assert.Contains(string.Format(s.UnitMonthNotYetHeading, 1), texts);
        Assert.Contains("Phạm Thị Lan", texts);
        Assert.Contains(string.Format(s.UnitMonthWithoutPledgeHeading, 1), texts);
        Assert.Contains("Hoàng Văn Dũng", texts);
        Assert.Contains("**Nguyễn Văn An** · " + string.Format(s.UnitMonthDeedAboutColleague, "Phạm Thị Lan"), texts);
        Assert.Contains(DeedText, texts);
        Assert.Contains(s.UnitMonthDeedPending, texts);
        Assert.NotNull(DeedData(card, An, UnitMonthCard.DecisionConfirm));
        Assert.Equal([UnitMonthCard.SubmitVerb, UnitMonthCard.NudgeVerb, UnitMonthCard.RefreshVerb], card["actions"]!.AsArray().Select(a => a!["verb"]!.GetValue<string>()));
        Assert.Equal([TeamsActivities.UserId], card["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal(UnitMonthCard.RefreshVerb, card["refresh"]!["action"]!["verb"]!.GetValue<string>());
        CardAssert.Valid(card);
    }

    [Fact]
    public async Task Refresh_follows_the_members_reports_in_place()
    {
        var card = await SeedAndReportAsync();
        await ClickAsync(await OpenReportAsync(Lan), ProgressCard.SubmitVerb, Inputs(), Lan.Aad);

        var refreshed = (await ClickAsync(card, UnitMonthCard.RefreshVerb, aad: Dung.Aad)).Card;

        Assert.Equal("2", Facts(refreshed)[Strings.Vi.UnitMonthReportedCount]);
        Assert.Contains("Phạm Thị Lan", Facts(refreshed).Keys);
        CardAssert.Valid(refreshed);
    }

    [Fact]
    public async Task People_not_reported_are_late_only_once_the_staff_report_day_has_passed()
    {
        var before = await SeedAndReportAsync();
        Clock.SetUtcNow(new DateTimeOffset(2013, 3, 21, 8, 0, 0, TimeSpan.FromHours(7)));

        var after = (await ClickAsync(before, UnitMonthCard.RefreshVerb, aad: Dung.Aad)).Card;

        Assert.Contains(string.Format(Strings.Vi.UnitMonthNotYetHeading, 1), AllTexts(before));
        Assert.Contains(string.Format(Strings.Vi.UnitMonthLateHeading, 1), AllTexts(after));
    }

    [Fact]
    public async Task The_command_takes_a_month_and_refuses_a_future_outside_or_unreadable_one()
    {
        await SeedWithPledgesAsync(An);

        var march = await OpenUnitMonthAsync(Dung, "báo cáo đơn vị 03/2013");
        Assert.Empty(await SayAsync("báo cáo đơn vị 04/2013", Dung.Aad));
        var future = Assert.Single(RepliedTexts());
        Assert.Empty(await SayAsync("báo cáo đơn vị 02/2013", Dung.Aad));
        var outside = Assert.Single(RepliedTexts());
        Assert.Empty(await SayAsync("unit report March", Dung.Aad, "en-US"));
        var unreadable = Assert.Single(RepliedTexts());

        Assert.Equal(March, ActionData(march, UnitMonthCard.SubmitVerb)[UnitMonthCard.MonthKey]!.GetValue<string>());
        Assert.Equal(string.Format(Strings.Vi.ProgressMonthFuture, "04/2013"), future);
        Assert.Equal(string.Format(Strings.Vi.ProgressMonthOutsidePhases, "02/2013"), outside);
        Assert.Equal(string.Format(Strings.En.UnitMonthCommandBadMonth, "March"), unreadable);
    }

    [Fact]
    public async Task The_help_card_lists_the_command_and_the_pledge_roll_up_keeps_its_word()
    {
        await SeedWithPledgesAsync(An);

        var help = Assert.Single(await SayAsync("trợ giúp", Dung.Aad));
        var pledgeRollup = Assert.Single(await SayAsync("đơn vị", Dung.Aad));

        Assert.Contains(Strings.Vi.UnitMonthCommandWord, AllStrings(help));
        Assert.Contains(Strings.Vi.UnitMonthCommandDescription, AllStrings(help));
        Assert.Equal(Strings.Vi.UnitRollupTitle, TextBlocks(pledgeRollup)[0]);
    }

    [Fact]
    public async Task Staff_who_are_not_heads_cannot_open_refresh_submit_or_decide_and_nothing_is_stored()
    {
        var card = await SeedAndReportAsync();

        await SayAsync("báo cáo đơn vị", An.Aad);
        var said = Assert.Single(RepliedTexts());
        var refresh = await ClickAsync(card, UnitMonthCard.RefreshVerb, aad: An.Aad);
        var submit = await ClickAsync(card, UnitMonthCard.SubmitVerb, Comment("Tôi gửi thay."), An.Aad);
        var deed = await ExecuteAsync(UnitMonthCard.DeedVerb, DeedData(card, An, UnitMonthCard.DecisionConfirm), Lan.Aad, "en-US");
        var stranger = await ClickAsync(card, UnitMonthCard.SubmitVerb, Comment("?"), StrangerAad);

        var refusal = Caller.Refusal(Strings.Vi, Role.UnitHead);
        Assert.Equal(refusal, said);
        Assert.Equal(refusal, refresh.Message);
        Assert.Equal(refusal, submit.Message);
        Assert.Equal(Caller.Refusal(Strings.En, Role.UnitHead), deed.Message);
        Assert.Equal(Strings.Vi.PledgeNotOnRoster, stranger.Message);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task The_head_of_another_unit_and_a_head_moved_to_another_unit_are_refused_and_nothing_is_stored()
    {
        var card = await SeedAndReportAsync();

        var other = await ClickAsync(card, UnitMonthCard.SubmitVerb, Comment("Long gửi."), Long.Aad);
        await Service<RosterStore>().ApplyAsync(BotApplication.TenantId, CampaignId, new RosterChanges([Dung.ToPerson() with { UnitId = Science }], []), CancellationToken.None);
        var moved = await ClickAsync(card, UnitMonthCard.SubmitVerb, Comment("Dũng gửi."), Dung.Aad);
        var movedDeed = await ExecuteAsync(UnitMonthCard.DeedVerb, DeedData(card, An, UnitMonthCard.DecisionConfirm), Dung.Aad);

        Assert.Equal(Strings.Vi.UnitMonthNotHead, other.Message);
        Assert.Equal(Strings.Vi.UnitMonthNotHead, moved.Message);
        Assert.Equal(Strings.Vi.UnitMonthNotHead, movedDeed.Message);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_card_of_another_campaign_without_a_month_or_with_an_unknown_verb_is_refused_and_nothing_is_stored()
    {
        var card = await SeedAndReportAsync();
        var otherCampaign = ActionData(card, UnitMonthCard.SubmitVerb);
        otherCampaign[UnitMonthCard.CampaignIdKey] = "ke-hoach-thi-dua-2012";
        var noMonth = ActionData(card, UnitMonthCard.SubmitVerb);
        noMonth.Remove(UnitMonthCard.MonthKey);
        var badMonth = ActionData(card, UnitMonthCard.SubmitVerb);
        badMonth[UnitMonthCard.MonthKey] = "2013-13";
        var future = ActionData(card, UnitMonthCard.SubmitVerb);
        future[UnitMonthCard.MonthKey] = "2013-05";

        Assert.Equal(Strings.Vi.UnitMonthOtherCampaign, (await ExecuteAsync(UnitMonthCard.SubmitVerb, otherCampaign, Dung.Aad)).Message);
        Assert.Equal(Strings.Vi.UnitMonthBadMonth, (await ExecuteAsync(UnitMonthCard.SubmitVerb, noMonth, Dung.Aad)).Message);
        Assert.Equal(Strings.Vi.UnitMonthBadMonth, (await ExecuteAsync(UnitMonthCard.SubmitVerb, badMonth, Dung.Aad)).Message);
        Assert.Equal(string.Format(Strings.Vi.ProgressMonthFuture, "05/2013"), (await ExecuteAsync(UnitMonthCard.SubmitVerb, future, Dung.Aad)).Message);
        Assert.Equal(Strings.En.UnknownCardAction, (await ExecuteAsync("unit.month.delete", ActionData(card, UnitMonthCard.SubmitVerb), Dung.Aad, "en-US")).Message);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Submit_stores_version_1_with_the_comment_and_a_snapshot_and_closes_the_month_for_the_units_people()
    {
        var card = await SeedAndReportAsync();
        var anSummary = (await ClickAsync(await OpenReportAsync(An), ProgressCard.EditVerb)).Card;
        card = (await ExecuteAsync(UnitMonthCard.DeedVerb, DeedData(card, An, UnitMonthCard.DecisionConfirm), Dung.Aad)).Card;
        Clock.Advance(TimeSpan.FromHours(2));

        var answer = (await ClickAsync(card, UnitMonthCard.SubmitVerb, Comment("  Đơn vị hoàn thành tốt nhiệm vụ tháng.\r\nĐề nghị biểu dương đồng chí An.  "), Dung.Aad)).Card;

        var report = await UnitReportAsync();
        Assert.NotNull(report);
        Assert.Equal(1, report.Version);
        Assert.Equal("Đơn vị hoàn thành tốt nhiệm vụ tháng.\nĐề nghị biểu dương đồng chí An.", report.Comment);
        Assert.Equal(new ProgressAuthor(Dung.Aad, Dung.SignInName, Dung.Name), report.SubmittedBy);
        Assert.Equal(Clock.GetUtcNow(), report.SubmittedAt);
        var snapshot = report.Snapshot!;
        Assert.Equal((3, 1, 2, 1), (snapshot.Members, snapshot.Reported, snapshot.NotReported, snapshot.WithoutPledge));
        Assert.Equal([new UnitReportPerson(Lan.SignInName, Lan.Name)], snapshot.Late);
        Assert.Equal([new UnitReportDeed(An.SignInName, An.Name, "Phạm Thị Lan", DeedText)], snapshot.ConfirmedDeeds);
        Assert.Equal([new UnitAreaCount(Admin, 0, 1, 0, 0), new UnitAreaCount(State, 1, 0, 0, 0)], snapshot.Areas.OrderBy(a => a.AreaId == Admin ? 0 : 1));
        Assert.Equal([1], (await UnitReportVersionsAsync()).Select(v => v.Version));

        Assert.Contains(string.Format(Strings.Vi.UnitMonthSubmitted, "03/2013"), TextBlocks(answer));
        Assert.Equal([UnitMonthCard.AmendVerb, UnitMonthCard.RefreshVerb], answer["actions"]!.AsArray().Select(a => a!["verb"]!.GetValue<string>()));
        Assert.Equal("1", Facts(answer)[Strings.Vi.PledgeVersion]);
        Assert.Equal("Hoàng Văn Dũng", Facts(answer)[Strings.Vi.UnitMonthSubmittedBy]);
        Assert.Equal("10/03/2013 10:00", Facts(answer)[Strings.Vi.PledgeSavedAt]);
        Assert.Contains("Đơn vị hoàn thành tốt nhiệm vụ tháng.\n\nĐề nghị biểu dương đồng chí An.", TextBlocks(answer));
        Assert.DoesNotContain(BodyActions(answer["body"]!), a => a["verb"]!.GetValue<string>() == UnitMonthCard.DeedVerb);
        CardAssert.Valid(answer);

        var anRefused = (await ClickAsync(anSummary, ProgressCard.SubmitVerb, Inputs(state: "blocked"))).Card;
        Assert.Contains(string.Format(Strings.Vi.ProgressUnitMonthClosed, "03/2013"), TextBlocks(anRefused));
        Assert.Single(await ReportVersionsAsync(An));
    }

    [Fact]
    public async Task A_double_click_or_a_second_head_gets_the_stored_report_and_it_is_stored_once()
    {
        var card = await SeedAndReportAsync();
        await Service<RosterStore>().ApplyAsync(BotApplication.TenantId, CampaignId,
            new RosterChanges([Lan.ToPerson() with { Roles = Role.Staff | Role.UnitHead }], []), CancellationToken.None);

        var clicks = await Task.WhenAll(
            ClickAsync(card, UnitMonthCard.SubmitVerb, Comment("Lần một."), Dung.Aad),
            ClickAsync(card, UnitMonthCard.SubmitVerb, Comment("Lần một."), Dung.Aad));
        var second = (await ClickAsync(card, UnitMonthCard.SubmitVerb, Comment("Của Lan."), Lan.Aad)).Card;

        Assert.Equal([1], (await UnitReportVersionsAsync()).Select(v => v.Version));
        Assert.Equal("Lần một.", (await UnitReportAsync())!.Comment);
        Assert.All(clicks, c => Assert.Equal(UnitMonthCard.AmendVerb, c.Card["actions"]![0]!["verb"]!.GetValue<string>()));
        Assert.Contains(string.Format(Strings.Vi.UnitMonthAlreadySubmitted, "03/2013", "Hoàng Văn Dũng", "10/03/2013 08:00"), TextBlocks(second));
    }

    [Fact]
    public async Task An_oversized_comment_is_refused_with_the_text_kept_and_nothing_stored()
    {
        var card = await SeedAndReportAsync();
        var tooLong = new string('x', UnitMonthLimits.MaxCommentLength + 1);

        var refused = (await ClickAsync(card, UnitMonthCard.SubmitVerb, Comment(tooLong), Dung.Aad, "en-US")).Card;

        Assert.Contains(Strings.En.UnitMonthErrorsHeading, TextBlocks(refused));
        Assert.Contains(string.Format(Strings.En.UnitMonthCommentTooLong, "2,001", "2,000"), TextBlocks(refused));
        Assert.Equal(tooLong, InputValue(refused, UnitMonthCard.CommentInput));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Amend_needs_a_reason_within_500_characters_and_stores_each_version_with_its_reason_once()
    {
        var card = await SeedAndReportAsync();
        var submitted = (await ClickAsync(card, UnitMonthCard.SubmitVerb, Comment("Bản đầu."), Dung.Aad)).Card;

        var noReason = (await ClickAsync(submitted, UnitMonthCard.AmendVerb, Amendment("   "), Dung.Aad)).Card;
        var longReason = (await ClickAsync(submitted, UnitMonthCard.AmendVerb, Amendment(new string('l', 501), new string('c', 2_001)), Dung.Aad)).Card;
        Assert.Equal([1], (await UnitReportVersionsAsync()).Select(v => v.Version));
        Assert.Contains(Strings.Vi.UnitMonthReasonRequired, TextBlocks(noReason));
        Assert.Contains(string.Format(Strings.Vi.UnitMonthReasonTooLong, "501", "500"), TextBlocks(longReason));
        Assert.Contains(string.Format(Strings.Vi.UnitMonthCommentTooLong, "2.001", "2.000"), TextBlocks(longReason));
        Assert.Equal(new string('l', 501), InputValue(longReason, UnitMonthCard.ReasonInput));

        Clock.Advance(TimeSpan.FromDays(1));
        var amended = (await ClickAsync(submitted, UnitMonthCard.AmendVerb, Amendment("Bổ sung kết quả của đồng chí Lan.", "Bản sửa."), Dung.Aad)).Card;
        var again = (await ClickAsync(submitted, UnitMonthCard.AmendVerb, Amendment("Bổ sung kết quả của đồng chí Lan.", "Bản sửa."), Dung.Aad)).Card;
        var third = (await ClickAsync(amended, UnitMonthCard.AmendVerb, Amendment("Sửa lỗi chính tả.", "Bản sửa lần hai."), Dung.Aad)).Card;

        Assert.Contains(string.Format(Strings.Vi.UnitMonthAmended, 2), TextBlocks(amended));
        Assert.Contains(Strings.Vi.UnitMonthAlreadySaved, TextBlocks(again));
        Assert.Contains(string.Format(Strings.Vi.UnitMonthAmended, 3), TextBlocks(third));
        var versions = await UnitReportVersionsAsync();
        Assert.Equal([1, 2, 3], versions.Select(v => v.Version));
        Assert.Equal([null, "Bổ sung kết quả của đồng chí Lan.", "Sửa lỗi chính tả."], versions.Select(v => v.Reason));
        Assert.Equal(["Bản đầu.", "Bản sửa.", "Bản sửa lần hai."], versions.Select(v => v.Comment));
        Assert.Equal("3", Facts(third)[Strings.Vi.PledgeVersion]);
        Assert.Equal("Sửa lỗi chính tả.", Facts(third)[Strings.Vi.UnitMonthReasonShown]);
        Assert.Equal("Bản sửa lần hai.", InputValue(third, UnitMonthCard.CommentInput));
        CardAssert.AllValid([noReason, amended, third]);
    }

    [Fact]
    public async Task Amending_before_the_report_is_submitted_is_refused_and_nothing_is_stored()
    {
        var card = await SeedAndReportAsync();
        var data = ActionData(card, UnitMonthCard.SubmitVerb);
        foreach (var (key, value) in Amendment("Lý do."))
        {
            data[key] = value?.DeepClone();
        }

        var refused = (await ExecuteAsync(UnitMonthCard.AmendVerb, data, Dung.Aad)).Card;

        Assert.Contains(string.Format(Strings.Vi.UnitMonthNotSubmitted, "03/2013"), TextBlocks(refused));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Once_the_council_digest_is_posted_the_report_can_no_longer_be_amended()
    {
        var card = await SeedAndReportAsync();
        var submitted = (await ClickAsync(card, UnitMonthCard.SubmitVerb, Comment("Bản đầu."), Dung.Aad)).Card;
        await AddDigestMarkerAsync();

        var refused = (await ClickAsync(submitted, UnitMonthCard.AmendVerb, Amendment("Muộn rồi."), Dung.Aad)).Card;
        var refreshed = (await ClickAsync(submitted, UnitMonthCard.RefreshVerb, aad: Dung.Aad)).Card;

        var digest = string.Format(Strings.Vi.UnitMonthDigestPosted, "03/2013");
        Assert.Contains(digest, TextBlocks(refused));
        Assert.Contains(digest, TextBlocks(refreshed));
        Assert.Equal([UnitMonthCard.RefreshVerb], refreshed["actions"]!.AsArray().Select(a => a!["verb"]!.GetValue<string>()));
        Assert.Null(Input(refreshed, UnitMonthCard.ReasonInput));
        Assert.Equal([1], (await UnitReportVersionsAsync()).Select(v => v.Version));
    }

    [Fact]
    public async Task Confirm_and_set_aside_are_stored_with_the_deed_and_a_deed_edited_afterwards_is_pending_again()
    {
        var card = await SeedAndReportAsync();

        var confirmed = (await ExecuteAsync(UnitMonthCard.DeedVerb, DeedData(card, An, UnitMonthCard.DecisionConfirm), Dung.Aad)).Card;
        var twice = (await ExecuteAsync(UnitMonthCard.DeedVerb, DeedData(card, An, UnitMonthCard.DecisionConfirm), Dung.Aad)).Card;

        var decision = Assert.Single(await DecisionsAsync());
        Assert.Equal(GoodDeedDecision.Confirmed, decision.Decision);
        Assert.Equal(new GoodDeed("Phạm Thị Lan", DeedText), decision.Deed);
        Assert.Equal(1, decision.ReportVersion);
        Assert.Equal(Dung.SignInName, decision.DecidedBy.SignInName);
        Assert.Contains(string.Format(Strings.Vi.UnitMonthDeedSaved, An.Name, Strings.Vi.UnitMonthDeedConfirmed), TextBlocks(confirmed));
        Assert.Contains(Strings.Vi.UnitMonthDeedConfirmed, AllTexts(confirmed));
        Assert.Contains(Strings.Vi.UnitMonthDeedUnchanged, TextBlocks(twice));

        var setAside = (await ExecuteAsync(UnitMonthCard.DeedVerb, DeedData(confirmed, An, UnitMonthCard.DecisionSetAside), Dung.Aad)).Card;
        Assert.Equal(GoodDeedDecision.SetAside, Assert.Single(await DecisionsAsync()).Decision);
        Assert.Contains(Strings.Vi.UnitMonthDeedSetAsideState, AllTexts(setAside));

        var edit = (await ClickAsync(await OpenReportAsync(An), ProgressCard.EditVerb)).Card;
        await ClickAsync(edit, ProgressCard.SubmitVerb, Inputs(state: "done", deedAbout: "colleague", deedName: "Phạm Thị Lan", deedText: DeedText + " Và giúp đỡ đồng nghiệp."));
        var pending = (await ClickAsync(setAside, UnitMonthCard.RefreshVerb, aad: Dung.Aad)).Card;
        Assert.Contains(Strings.Vi.UnitMonthDeedPending, AllTexts(pending));
        Assert.DoesNotContain(Strings.Vi.UnitMonthDeedSetAsideState, AllTexts(pending));
        CardAssert.AllValid([confirmed, setAside, pending]);
    }

    [Fact]
    public async Task Deed_decisions_are_refused_for_an_unknown_decision_someone_outside_the_unit_no_deed_or_after_the_report()
    {
        var card = await SeedAndReportAsync();
        await ClickAsync(await OpenCardAsync(Long), PledgeCard.SubmitVerb, ValidInputs(), Long.Aad);
        await ClickAsync(await OpenReportAsync(Long), ProgressCard.SubmitVerb, Inputs(deedText: "Việc tốt của Long."), Long.Aad);
        var unknown = DeedData(card, An, UnitMonthCard.DecisionConfirm);
        unknown[UnitMonthCard.DecisionKey] = "promote";
        var outside = DeedData(card, An, UnitMonthCard.DecisionConfirm);
        outside[UnitMonthCard.PersonKey] = Long.SignInName;
        var noDeed = DeedData(card, An, UnitMonthCard.DecisionConfirm);
        noDeed[UnitMonthCard.PersonKey] = Lan.SignInName;

        Assert.Equal(Strings.Vi.UnitMonthDeedUnknownDecision, (await ExecuteAsync(UnitMonthCard.DeedVerb, unknown, Dung.Aad)).Message);
        Assert.Equal(string.Format(Strings.Vi.UnitMonthDeedNotInUnit, Long.SignInName), (await ExecuteAsync(UnitMonthCard.DeedVerb, outside, Dung.Aad)).Message);
        Assert.Equal(string.Format(Strings.Vi.UnitMonthDeedNone, Lan.Name, "03/2013"), (await ExecuteAsync(UnitMonthCard.DeedVerb, noDeed, Dung.Aad)).Message);
        await AssertNothingStoredAsync();

        await ClickAsync(card, UnitMonthCard.SubmitVerb, Comment(""), Dung.Aad);
        var afterReport = (await ExecuteAsync(UnitMonthCard.DeedVerb, DeedData(card, An, UnitMonthCard.DecisionConfirm), Dung.Aad)).Card;
        Assert.Contains(Strings.Vi.UnitMonthDeedClosed, TextBlocks(afterReport));
        Assert.Empty(await DecisionsAsync());
    }

    [Fact]
    public async Task A_month_whose_phase_is_closed_is_read_only_and_presses_are_refused()
    {
        var card = await SeedAndReportAsync();
        await Service<CampaignStore>().SetPhaseStateAsync(BotApplication.TenantId, CampaignId, new PhaseState("dot-1", PhaseStatus.Closed, null, BeforeDeadline, null), CancellationToken.None);

        var refreshed = (await ClickAsync(card, UnitMonthCard.RefreshVerb, aad: Dung.Aad)).Card;
        var submit = (await ClickAsync(card, UnitMonthCard.SubmitVerb, Comment("Muộn."), Dung.Aad)).Card;
        var deed = (await ExecuteAsync(UnitMonthCard.DeedVerb, DeedData(card, An, UnitMonthCard.DecisionConfirm), Dung.Aad)).Card;

        Assert.Equal([UnitMonthCard.RefreshVerb], refreshed["actions"]!.AsArray().Select(a => a!["verb"]!.GetValue<string>()));
        Assert.Empty(BodyActions(refreshed["body"]!));
        Assert.Contains(TextBlocks(submit), t => t.EndsWith("không nhận báo cáo tháng 03/2013 nữa.", StringComparison.Ordinal));
        Assert.Contains(TextBlocks(deed), t => t.EndsWith("không nhận báo cáo tháng 03/2013 nữa.", StringComparison.Ordinal));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_card_from_last_month_still_acts_on_last_month()
    {
        var card = await SeedAndReportAsync();
        Clock.SetUtcNow(new DateTimeOffset(2013, 4, 3, 9, 0, 0, TimeSpan.FromHours(7)));

        var answer = (await ClickAsync(card, UnitMonthCard.SubmitVerb, Comment("Nộp muộn."), Dung.Aad)).Card;

        Assert.Equal("Nộp muộn.", (await UnitReportAsync(month: March))!.Comment);
        Assert.Null(await UnitReportAsync(month: "2013-04"));
        Assert.Equal(string.Format(Strings.Vi.UnitMonthTitle, "03/2013"), TextBlocks(answer)[0]);
        var april = await OpenUnitMonthAsync(Dung);
        Assert.Equal(string.Format(Strings.Vi.UnitMonthTitle, "04/2013"), TextBlocks(april)[0]);
    }

    [Fact]
    public async Task The_monthly_sends_get_the_card_from_the_seam_and_every_head_card_can_be_built_at_once()
    {
        await SeedAndReportAsync();
        var source = Service<IUnitMonthCardSource>();
        var campaign = (await Service<ThiDuaBot.Bot.Features.Pledges.PledgeCampaigns>().LoadAsync(BotApplication.TenantId, CampaignId, CancellationToken.None))!;
        var month = ProgressMonth.Parse(March)!;

        var card = await source.BuildAsync(campaign, Office, month, Strings.Vi, ["Hôm nay là hạn báo cáo của đơn vị."], CancellationToken.None);
        var all = await Service<UnitMonthRollups>().BuildAllAsync(campaign, month, Strings.En, CancellationToken.None);

        Assert.Same(Service<UnitMonthRollups>(), source);
        Assert.Equal("Hôm nay là hạn báo cáo của đơn vị.", TextBlocks(card)[2]);
        Assert.Null(card["refresh"]!["userIds"]);
        Assert.Equal([Science, Office], all.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("1", Facts(all[Office])[Strings.En.UnitMonthReportedCount]);
        Assert.Equal(Facts(card)[Strings.Vi.UnitMonthMembers], Facts(all[Office])[Strings.En.UnitMonthMembers]);
        CardAssert.AllValid([card, .. all.Values]);
    }
}
