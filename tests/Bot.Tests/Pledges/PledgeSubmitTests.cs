using System.Text.Json.Nodes;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.TestSupport.Cards;

namespace ThiDuaBot.Bot.Tests.Pledges;

/// <summary>Submitting, editing and resubmitting a pledge through the card, until and after the deadline.</summary>
public sealed class PledgeSubmitTests : PledgeTestBase
{
    [Fact]
    public async Task Submit_stores_version_1_and_answers_the_summary()
    {
        await SeedAsync();
        var form = await OpenCardAsync(An);

        var summary = (await ClickAsync(form, PledgeCard.SubmitVerb, ValidInputs())).Card;

        var stored = await StoredAsync(An);
        Assert.NotNull(stored);
        Assert.Equal(1, stored.Version);
        Assert.Equal("lao-dong-tien-tien", stored.Content.TitleId);
        Assert.Equal(["cai-cach-hanh-chinh", "quan-ly-nha-nuoc"], stored.Content.ContentAreaIds);
        Assert.Equal("Hoàn thành 100% nhiệm vụ được giao đúng hạn.\nCó 1 sáng kiến được công nhận.", stored.Content.Targets);
        Assert.Equal(1, stored.Content.Numbers["initiatives"]);
        Assert.Equal(Office, stored.UnitId);
        Assert.Equal(An.Aad, stored.SavedBy.AadObjectId);
        Assert.Equal(Clock.GetUtcNow(), stored.SavedAt);
        Assert.Equal(1, stored.CampaignVersion);

        Assert.Equal(PledgeCard.EditVerb, Verb(summary));
        Assert.Contains(string.Format(Strings.Vi.PledgeSaved, 1), TextBlocks(summary));
        Assert.Contains("Đã gửi. Bạn có thể sửa đến hết ngày 20/03/2013.", TextBlocks(summary));
        var facts = Facts(summary);
        Assert.Equal("Lao động tiên tiến", facts[Strings.Vi.PledgeTitleLabel]);
        Assert.Equal("1", facts[Strings.Vi.PledgeInitiatives]);
        Assert.Equal("1", facts[Strings.Vi.PledgeVersion]);
        Assert.Equal("10/03/2013 08:00", facts[Strings.Vi.PledgeSavedAt]);
        Assert.Contains("• Quản lý nhà nước về KH&CN trên địa bàn", TextBlocks(summary));
        Assert.Null(Input(summary, PledgeCard.TargetsInput));
        CardAssert.AllValid([form, summary]);
    }

    [Fact]
    public async Task Edit_then_resubmit_stores_version_2_with_the_changes_recorded()
    {
        await SeedAsync();
        var summary1 = (await ClickAsync(await OpenCardAsync(An), PledgeCard.SubmitVerb, ValidInputs())).Card;
        Clock.Advance(TimeSpan.FromDays(2));

        var editForm = (await ClickAsync(summary1, PledgeCard.EditVerb)).Card;

        Assert.Equal("lao-dong-tien-tien", InputValue(editForm, PledgeCard.TitleInput));
        Assert.Equal("cai-cach-hanh-chinh,quan-ly-nha-nuoc", InputValue(editForm, PledgeCard.AreasInput));
        Assert.Equal("1", InputValue(editForm, PledgeCard.NumberInputPrefix + "initiatives"));
        Assert.Equal("Tôi xin cam kết thực hiện đúng các chỉ tiêu đã đăng ký.", InputValue(editForm, PledgeCard.CommitmentInput));
        Assert.NotEqual(summary1["actions"]![0]!["data"]![PledgeCard.NonceKey]!.ToString(), editForm["actions"]![0]!["data"]![PledgeCard.NonceKey]!.ToString());

        var summary2 = (await ClickAsync(editForm, PledgeCard.SubmitVerb,
            ValidInputs(title: "chien-si-thi-dua-co-so", areas: "quan-ly-nha-nuoc,tuyen-truyen-chinh-sach", initiatives: "3"))).Card;

        var versions = await VersionsAsync(An);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal("lao-dong-tien-tien", versions[0].Content.TitleId);
        Assert.Equal("chien-si-thi-dua-co-so", versions[1].Content.TitleId);
        Assert.Equal(BeforeDeadline.AddDays(2), versions[1].SavedAt);
        Assert.Equal("Nguyễn Văn An", versions[1].SavedBy.Name);
        var changes = versions[1].Changes!;
        Assert.Equal(["tuyen-truyen-chinh-sach"], changes.AreasAdded);
        Assert.Equal(["cai-cach-hanh-chinh"], changes.AreasRemoved);
        Assert.Equal([new PledgeNumberChange("initiatives", 1, 3)], changes.Numbers);
        Assert.False(changes.TargetsChanged);

        var texts = TextBlocks(summary2);
        Assert.Contains(string.Format(Strings.Vi.PledgeSaved, 2), texts);
        Assert.Contains("Thay đổi so với bản 1:", texts);
        Assert.Contains("• danh hiệu: từ Lao động tiên tiến thành Chiến sĩ thi đua cơ sở", texts);
        Assert.Contains(texts, t => t.StartsWith("• thêm nội dung: Tuyên truyền", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("• bỏ nội dung: Cải cách hành chính", StringComparison.Ordinal));
        Assert.Contains("• Số sáng kiến, giải pháp cải tiến: từ 1 thành 3", texts);
        Assert.Equal("12/03/2013 08:00", Facts(summary2)[Strings.Vi.PledgeSavedAt]);
        CardAssert.AllValid([summary1, editForm, summary2]);
    }

    [Fact]
    public async Task Double_click_stores_one_version()
    {
        await SeedAsync();
        var form = await OpenCardAsync(An);

        var first = (await ClickAsync(form, PledgeCard.SubmitVerb, ValidInputs())).Card;
        var second = (await ClickAsync(form, PledgeCard.SubmitVerb, ValidInputs(targets: "Bấm lại sau khi sửa ở máy khác"))).Card;

        Assert.Single(await VersionsAsync(An));
        Assert.Contains(string.Format(Strings.Vi.PledgeSaved, 1), TextBlocks(first));
        Assert.Contains(Strings.Vi.PledgeAlreadySaved, TextBlocks(second));
        Assert.Equal("1", Facts(second)[Strings.Vi.PledgeVersion]);
        CardAssert.AllValid([first, second]);
    }

    [Fact]
    public async Task Clicks_arriving_together_store_one_version()
    {
        await SeedAsync();
        var form = await OpenCardAsync(An);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ClickAsync(form, PledgeCard.SubmitVerb, ValidInputs())));

        Assert.All(answers, a => Assert.Equal(PledgeCard.EditVerb, Verb(a.Card)));
        Assert.Single(answers, a => TextBlocks(a.Card).Contains(string.Format(Strings.Vi.PledgeSaved, 1)));
        Assert.Single(await VersionsAsync(An));
    }

    [Fact]
    public async Task The_same_content_from_a_new_card_stores_nothing_new()
    {
        await SeedAsync();
        var summary = (await ClickAsync(await OpenCardAsync(An), PledgeCard.SubmitVerb, ValidInputs())).Card;
        var editForm = (await ClickAsync(summary, PledgeCard.EditVerb)).Card;

        var again = (await ClickAsync(editForm, PledgeCard.SubmitVerb, ValidInputs(targets: "  Hoàn thành 100% nhiệm vụ được giao đúng hạn.\r\nCó 1 sáng kiến được công nhận.  "))).Card;

        Assert.Contains(Strings.Vi.PledgeUnchanged, TextBlocks(again));
        Assert.Single(await VersionsAsync(An));
    }

    [Fact]
    public async Task Submit_after_the_deadline_is_refused_nothing_is_stored_and_the_pledge_shows_as_final()
    {
        await SeedAsync();
        var summary = (await ClickAsync(await OpenCardAsync(An), PledgeCard.SubmitVerb, ValidInputs())).Card;
        var editForm = (await ClickAsync(summary, PledgeCard.EditVerb)).Card;
        Clock.SetUtcNow(new DateTimeOffset(2013, 3, 21, 0, 0, 0, TimeSpan.FromHours(7)));

        var refused = (await ClickAsync(editForm, PledgeCard.SubmitVerb, ValidInputs(title: "chien-si-thi-dua-co-so"))).Card;

        Assert.Single(await VersionsAsync(An));
        Assert.Equal("lao-dong-tien-tien", (await StoredAsync(An))!.Content.TitleId);
        var texts = TextBlocks(refused);
        Assert.Contains("Đã hết hạn đăng ký thi đua (hết ngày 20/03/2013) nên không lưu thay đổi này.", texts);
        Assert.Contains(texts, t => t.StartsWith("Đã hết hạn đăng ký (20/03/2013): đây là bản đăng ký chính thức", StringComparison.Ordinal));
        Assert.Null(refused["actions"]);
        Assert.Equal("Lao động tiên tiến", Facts(refused)[Strings.Vi.PledgeTitleLabel]);
        CardAssert.Valid(refused);
    }

    [Fact]
    public async Task A_first_submission_after_the_deadline_is_refused_and_nothing_is_stored()
    {
        await SeedAsync();
        var form = await OpenCardAsync(An);
        Clock.SetUtcNow(new DateTimeOffset(2013, 4, 2, 9, 0, 0, TimeSpan.FromHours(7)));

        var refused = (await ClickAsync(form, PledgeCard.SubmitVerb, ValidInputs(), locale: "en-US")).Card;

        Assert.Equal(0, await StoredPledgeCountAsync());
        Assert.Contains(string.Format(Strings.En.PledgeDeadlinePassedNotPledged, "20/03/2013"), TextBlocks(refused));
        Assert.Null(refused["actions"]);
        CardAssert.Valid(refused);
    }

    [Fact]
    public async Task The_deadline_day_counts_until_midnight_in_the_campaign_time_zone()
    {
        await SeedAsync();
        var form = await OpenCardAsync(An);
        Clock.SetUtcNow(new DateTimeOffset(2013, 3, 20, 23, 59, 0, TimeSpan.FromHours(7))); // 16:59 UTC

        var summary = (await ClickAsync(form, PledgeCard.SubmitVerb, ValidInputs())).Card;

        Assert.Equal(1, (await StoredAsync(An))!.Version);
        Assert.Equal(PledgeCard.EditVerb, Verb(summary));
    }

    [Fact]
    public async Task Edit_after_the_deadline_shows_the_pledge_as_final_without_an_edit_button()
    {
        await SeedAsync();
        var summary = (await ClickAsync(await OpenCardAsync(An), PledgeCard.SubmitVerb, ValidInputs())).Card;
        Clock.SetUtcNow(new DateTimeOffset(2013, 3, 25, 8, 0, 0, TimeSpan.FromHours(7)));

        var final = (await ClickAsync(summary, PledgeCard.EditVerb)).Card;

        Assert.Null(final["actions"]);
        Assert.Null(Input(final, PledgeCard.TargetsInput));
        Assert.Contains(TextBlocks(final), t => t.StartsWith("Đã hết hạn đăng ký (20/03/2013)", StringComparison.Ordinal));
        CardAssert.Valid(final);
    }

    [Fact]
    public async Task Unit_head_submits_the_collective_pledge_for_the_unit()
    {
        await SeedAsync();
        var form = await OpenCardAsync(Dung, collective: true);
        Assert.Equal(Office, form["actions"]![0]!["data"]![PledgeCard.SubjectKey]!.GetValue<string>());
        Assert.Equal(["tap-the-lao-dong-tien-tien", "tap-the-lao-dong-xuat-sac"],
            Input(form, PledgeCard.TitleInput)!["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));

        var summary = (await ClickAsync(form, PledgeCard.SubmitVerb, ValidInputs(title: "tap-the-lao-dong-xuat-sac", initiatives: "12"), aad: Dung.Aad)).Card;

        var stored = await Pledges.GetAsync(ThiDuaBot.TestSupport.Hosting.BotApplication.TenantId, CampaignId, PledgeKind.Collective, Office, CancellationToken.None);
        Assert.Equal(1, stored!.Version);
        Assert.Equal("tap-the-lao-dong-xuat-sac", stored.Content.TitleId);
        Assert.Equal(12, stored.Content.Numbers["initiatives"]);
        Assert.Equal("dunghv@sokhcn.example", stored.SavedBy.SignInName);
        var unit = await Pledges.ListUnitAsync(ThiDuaBot.TestSupport.Hosting.BotApplication.TenantId, CampaignId, Office, CancellationToken.None);
        Assert.Equal(PledgeKind.Collective, Assert.Single(unit).Kind);
        Assert.Null(await StoredAsync(Dung)); // the head's own pledge is a separate one
        var facts = Facts(summary);
        Assert.Equal("Văn phòng Sở", facts[Strings.Vi.PledgeUnit]);
        Assert.Equal("Hoàng Văn Dũng", facts[Strings.Vi.PledgeSavedBy]);
        Assert.Equal("Tập thể lao động xuất sắc", facts[Strings.Vi.PledgeCollectiveTitleLabel]);
        CardAssert.AllValid([form, summary]);
    }

    [Fact]
    public async Task English_speakers_get_the_summary_in_English()
    {
        await SeedAsync();
        var form = await OpenCardAsync(An, locale: "en-US");

        var summary = (await ClickAsync(form, PledgeCard.SubmitVerb, ValidInputs(), locale: "en-US")).Card;

        Assert.Equal(Strings.En.PledgeIndividualHeading, TextBlocks(form)[0]);
        Assert.Contains("Submitted. You can edit it until the end of 20/03/2013.", TextBlocks(summary));
        Assert.Equal(Strings.En.PledgeEdit, summary["actions"]![0]!["title"]!.GetValue<string>());
        CardAssert.AllValid([form, summary]);
    }

    [Fact]
    public async Task Nonce_of_an_edit_form_is_new_so_a_real_second_edit_is_stored()
    {
        await SeedAsync();
        var summary1 = (await ClickAsync(await OpenCardAsync(An), PledgeCard.SubmitVerb, ValidInputs())).Card;
        var summary2 = (await ClickAsync((await ClickAsync(summary1, PledgeCard.EditVerb)).Card, PledgeCard.SubmitVerb, ValidInputs(targets: "Bản 2"))).Card;

        await ClickAsync((await ClickAsync(summary2, PledgeCard.EditVerb)).Card, PledgeCard.SubmitVerb, ValidInputs(targets: "Bản 3"));

        Assert.Equal([1, 2, 3], (await VersionsAsync(An)).Select(v => v.Version));
        Assert.Equal("Bản 3", (await StoredAsync(An))!.Content.Targets);
    }
}
