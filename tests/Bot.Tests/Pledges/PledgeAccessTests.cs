using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Tenants;
using ThiDuaBot.TestSupport.Cards;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Pledges;

/// <summary>A card never grants a right: whose card, which campaign and which version are checked against storage.</summary>
public sealed class PledgeAccessTests : PledgeTestBase
{
    [Fact]
    public async Task A_card_submitted_by_someone_other_than_its_person_is_refused_and_nothing_is_stored()
    {
        await SeedAsync();
        var ansCard = await OpenCardAsync(An);

        var answer = await ClickAsync(ansCard, PledgeCard.SubmitVerb, ValidInputs(), aad: Lan.Aad);

        Assert.Equal(Strings.Vi.PledgeNotYours, answer.Message);
        Assert.Equal(0, await StoredPledgeCountAsync());
    }

    [Fact]
    public async Task Someone_else_cannot_open_a_pledge_for_editing()
    {
        await SeedAsync();
        var summary = (await ClickAsync(await OpenCardAsync(An), PledgeCard.SubmitVerb, ValidInputs())).Card;

        var answer = await ClickAsync(summary, PledgeCard.EditVerb, aad: Lan.Aad, locale: "en-US");

        Assert.Equal(Strings.En.PledgeNotYours, answer.Message);
    }

    [Fact]
    public async Task A_staff_member_cannot_submit_the_unit_pledge()
    {
        await SeedAsync();
        var unitCard = await OpenCardAsync(Dung, collective: true);

        var answer = await ClickAsync(unitCard, PledgeCard.SubmitVerb, ValidInputs(title: "tap-the-lao-dong-tien-tien"), aad: An.Aad);

        Assert.Equal(Strings.Vi.PledgeNotUnitHead, answer.Message);
        Assert.Equal(0, await StoredPledgeCountAsync());
    }

    [Fact]
    public async Task The_head_of_another_unit_cannot_submit_the_unit_pledge()
    {
        await SeedAsync();
        var unitCard = await OpenCardAsync(Dung, collective: true);

        var answer = await ClickAsync(unitCard, PledgeCard.SubmitVerb, ValidInputs(title: "tap-the-lao-dong-tien-tien"), aad: Long.Aad);

        Assert.Equal(Strings.Vi.PledgeNotUnitHead, answer.Message);
        Assert.Equal(0, await StoredPledgeCountAsync());
    }

    [Fact]
    public async Task A_person_not_on_the_roster_is_told_so_and_nothing_is_stored()
    {
        await SeedAsync();
        var card = await OpenCardAsync(An);

        var stranger = await ClickAsync(card, PledgeCard.SubmitVerb, ValidInputs(), aad: StrangerAad);
        var left = await ClickAsync(card, PledgeCard.SubmitVerb, ValidInputs(), aad: Left.Aad, locale: "en-US");

        Assert.Equal(Strings.Vi.PledgeNotOnRoster, stranger.Message);
        Assert.Equal(Strings.En.PledgeNotOnRoster, left.Message);
        Assert.Equal(0, await StoredPledgeCountAsync());
    }

    [Fact]
    public async Task A_card_of_another_campaign_is_refused_with_the_current_card_and_nothing_is_stored()
    {
        await SeedAsync();
        var card = await OpenCardAsync(An);
        var data = card["actions"]![0]!["data"]!.DeepClone().AsObject();
        data[PledgeCard.CampaignIdKey] = "ke-hoach-thi-dua-2012";
        foreach (var (key, value) in ValidInputs())
        {
            data[key] = value?.DeepClone();
        }

        var current = (await ExecuteAsync(PledgeCard.SubmitVerb, data)).Card;

        Assert.Equal(0, await StoredPledgeCountAsync());
        Assert.Equal(Strings.Vi.PledgeOtherCampaign, TextBlocks(current)[2]);
        Assert.Equal(CampaignId, current["actions"]![0]!["data"]![PledgeCard.CampaignIdKey]!.GetValue<string>());
        Assert.Equal(PledgeCard.SubmitVerb, Verb(current));
        CardAssert.Valid(current);
    }

    [Fact]
    public async Task After_pledging_a_card_of_another_campaign_shows_the_current_pledge()
    {
        await SeedAsync();
        var summary = (await ClickAsync(await OpenCardAsync(An), PledgeCard.SubmitVerb, ValidInputs())).Card;
        var data = summary["actions"]![0]!["data"]!.DeepClone().AsObject();
        data[PledgeCard.CampaignIdKey] = "ke-hoach-thi-dua-2012";

        var current = (await ExecuteAsync(PledgeCard.EditVerb, data, locale: "en-US")).Card;

        Assert.Contains(Strings.En.PledgeOtherCampaign, TextBlocks(current));
        Assert.Equal(PledgeCard.EditVerb, Verb(current));
        Assert.Single(await VersionsAsync(An));
    }

    [Fact]
    public async Task A_card_built_from_an_older_campaign_version_is_accepted_while_its_choices_still_exist()
    {
        await SeedAsync();
        var form = await OpenCardAsync(An);
        await LoadNextVersionAsync(SampleCampaign.ReadYaml().Replace("end: 2013-06-30", "end: 2013-06-29", StringComparison.Ordinal));

        var summary = (await ClickAsync(form, PledgeCard.SubmitVerb, ValidInputs())).Card;

        var stored = await StoredAsync(An);
        Assert.Equal(1, stored!.Version);
        Assert.Equal(1, stored.CampaignVersion); // the version the card was built from
        Assert.Equal(2, summary["actions"]![0]!["data"]![PledgeCard.CampaignVersionKey]!.GetValue<int>());
    }

    [Fact]
    public async Task A_card_built_from_an_older_version_whose_content_area_was_removed_is_refused_with_the_current_form()
    {
        await SeedAsync();
        var form = await OpenCardAsync(An);
        await LoadNextVersionAsync(WithoutContentArea(SampleCampaign.ReadYaml(), "quan-ly-nha-nuoc"));

        var card = (await ClickAsync(form, PledgeCard.SubmitVerb, ValidInputs())).Card;

        Assert.Equal(0, await StoredPledgeCountAsync());
        Assert.Equal(Strings.Vi.PledgeCampaignUpdated, TextBlocks(card)[2]);
        Assert.DoesNotContain(Strings.Vi.PledgeAreasUnknown, TextBlocks(card));
        Assert.Equal(2, card["actions"]![0]!["data"]![PledgeCard.CampaignVersionKey]!.GetValue<int>());
        Assert.DoesNotContain("quan-ly-nha-nuoc", Input(card, PledgeCard.AreasInput)!["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
        Assert.Equal("cai-cach-hanh-chinh", InputValue(card, PledgeCard.AreasInput));
        Assert.Equal("Tôi xin cam kết thực hiện đúng các chỉ tiêu đã đăng ký.", InputValue(card, PledgeCard.CommitmentInput));
        CardAssert.Valid(card);

        var summary = (await ClickAsync(card, PledgeCard.SubmitVerb, ValidInputs(areas: "cai-cach-hanh-chinh"))).Card;
        Assert.Equal(2, (await StoredAsync(An))!.CampaignVersion);
        Assert.Equal(PledgeCard.EditVerb, Verb(summary));
    }

    [Fact]
    public async Task Without_a_running_campaign_a_card_is_answered_with_a_message()
    {
        await SeedAsync();
        var card = await OpenCardAsync(An);
        await Service<TenantSettingsStore>().UpdateAsync(BotApplication.TenantId, s => s with { ActiveCampaignId = null }, CancellationToken.None);

        var answer = await ClickAsync(card, PledgeCard.SubmitVerb, ValidInputs());

        Assert.Equal(Strings.Vi.PledgeNoCampaign, answer.Message);
        Assert.Equal(0, await StoredPledgeCountAsync());
    }

    [Fact]
    public async Task A_click_without_the_pledge_card_data_is_not_taken_for_a_pledge()
    {
        await SeedAsync();

        var answer = await ExecuteAsync(PledgeCard.SubmitVerb, ValidInputs());

        Assert.Equal(Strings.Vi.UnknownCardAction, answer.Message);
        Assert.Equal(0, await StoredPledgeCountAsync());
    }

    [Fact]
    public async Task A_unit_pledge_stays_with_the_unit_when_its_head_changes()
    {
        await SeedAsync();
        var summary = (await ClickAsync(await OpenCardAsync(Dung, collective: true), PledgeCard.SubmitVerb, ValidInputs(title: "tap-the-lao-dong-tien-tien"), aad: Dung.Aad)).Card;
        await Service<ThiDuaBot.Storage.Roster.RosterStore>().ApplyAsync(BotApplication.TenantId, CampaignId, new ThiDuaBot.Storage.Roster.RosterChanges(
            [Dung.ToPerson() with { Roles = ThiDuaBot.Storage.Roster.Role.Staff }, Lan.ToPerson() with { Roles = ThiDuaBot.Storage.Roster.Role.Staff | ThiDuaBot.Storage.Roster.Role.UnitHead }], []), CancellationToken.None);

        var formerHead = await ClickAsync(summary, PledgeCard.EditVerb, aad: Dung.Aad);
        var newHeadForm = (await ClickAsync(summary, PledgeCard.EditVerb, aad: Lan.Aad)).Card;
        await ClickAsync(newHeadForm, PledgeCard.SubmitVerb, ValidInputs(title: "tap-the-lao-dong-xuat-sac"), aad: Lan.Aad);

        Assert.Equal(Strings.Vi.PledgeNotUnitHead, formerHead.Message);
        var versions = await Pledges.ListVersionsAsync(BotApplication.TenantId, CampaignId, PledgeKind.Collective, Office, CancellationToken.None);
        Assert.Equal(["dunghv@sokhcn.example", "lanpt@sokhcn.example"], versions.Select(v => v.SavedBy.SignInName));
    }

    /// <summary>The sample file without one content area (its three lines: id, title, description).</summary>
    private static string WithoutContentArea(string yaml, string id)
    {
        var lines = yaml.Split('\n').ToList();
        var start = lines.FindIndex(l => l.TrimEnd() == "  - id: " + id);
        var end = lines.FindIndex(start + 1, l => l.StartsWith("  - id: ", StringComparison.Ordinal) || l.StartsWith('#'));
        lines.RemoveRange(start, end - start);
        return string.Join('\n', lines);
    }
}
