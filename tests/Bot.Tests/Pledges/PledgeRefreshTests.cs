using System.Text.Json.Nodes;
using ThiDuaBot.Cards;
using ThiDuaBot.TestSupport.Cards;

namespace ThiDuaBot.Bot.Tests.Pledges;

/// <summary>
/// Universal Actions refresh of pledge cards: an untouched form and an editable summary ask Teams to fetch them again
/// when shown, so a card opened late shows the pledge as it stands; cards holding typed values never do.
/// </summary>
public sealed class PledgeRefreshTests : PledgeTestBase
{
    /// <summary>Teams' automatic refresh: the card's refresh action, sent as an invoke with trigger "automatic".</summary>
    private async Task<InvokeAnswer> RefreshAsync(JsonObject card, string aad = ThiDuaBot.TestSupport.Fakes.TeamsActivities.UserAadObjectId, string locale = "vi-VN")
    {
        var action = card["refresh"]?["action"]?.AsObject() ?? throw new Xunit.Sdk.XunitException("The card has no refresh.");
        Assert.Equal(PledgeCard.RefreshVerb, action["verb"]!.GetValue<string>());
        Assert.Null(card["refresh"]!["userIds"]); // a personal chat: Teams refreshes it for the person without ids
        return await ExecuteAsync(PledgeCard.RefreshVerb, action["data"]!.DeepClone().AsObject(), aad, locale);
    }

    [Fact]
    public async Task A_form_answered_from_another_card_refreshes_into_the_summary_and_stores_nothing_more()
    {
        await SeedAsync();
        var first = await OpenCardAsync(An);
        var second = await OpenCardAsync(An);
        await ClickAsync(second, PledgeCard.SubmitVerb, ValidInputs());

        var refreshed = (await RefreshAsync(first)).Card;

        Assert.Equal(PledgeCard.EditVerb, Verb(refreshed));
        Assert.Equal("1", Facts(refreshed)[Strings.Vi.PledgeVersion]);
        Assert.Single(await VersionsAsync(An));
        CardAssert.AllValid([first, refreshed]);
    }

    [Fact]
    public async Task After_the_deadline_a_form_refreshes_into_the_closed_notice_and_a_summary_into_the_final_pledge()
    {
        await SeedAsync();
        var form = await OpenCardAsync(An);
        var summary = (await ClickAsync(await OpenCardAsync(Dung, collective: true), PledgeCard.SubmitVerb, UnitInputs(), Dung.Aad)).Card;
        Clock.SetUtcNow(new DateTimeOffset(2013, 3, 21, 0, 0, 0, TimeSpan.FromHours(7)));

        var closed = (await RefreshAsync(form)).Card;
        var final = (await RefreshAsync(summary, Dung.Aad)).Card;

        Assert.Null(closed["actions"]);
        Assert.Contains(TextBlocks(closed), t => t.Contains("20/03/2013", StringComparison.Ordinal));
        Assert.Null(final["actions"]);
        Assert.Null(final["refresh"]);
        Assert.Equal("Tập thể lao động tiên tiến", Facts(final)[Strings.Vi.PledgeCollectiveTitleLabel]);
    }

    [Fact]
    public async Task Cards_holding_typed_values_or_errors_never_refresh()
    {
        await SeedAsync();
        var refused = (await ClickAsync(await OpenCardAsync(An), PledgeCard.SubmitVerb, ValidInputs(targets: ""))).Card;
        var summary = (await ClickAsync(await OpenCardAsync(An), PledgeCard.SubmitVerb, ValidInputs())).Card;
        var editForm = (await ClickAsync(summary, PledgeCard.EditVerb)).Card;

        Assert.NotEmpty(TextBlocks(refused));
        Assert.Null(refused["refresh"]);
        Assert.Null(editForm["refresh"]);
        Assert.NotNull(summary["refresh"]);
    }

    [Fact]
    public async Task A_refresh_is_checked_like_a_click_someone_else_s_card_is_refused_and_nothing_is_stored()
    {
        await SeedAsync();
        var ansForm = await OpenCardAsync(An);

        var byLan = await RefreshAsync(ansForm, Lan.Aad);
        var unitCardByStaff = await ExecuteAsync(PledgeCard.RefreshVerb, new JsonObject
        {
            [PledgeCard.CampaignIdKey] = CampaignId, [PledgeCard.CampaignVersionKey] = 1, [PledgeCard.SubjectKey] = Office,
            [PledgeCard.KindKey] = PledgeCard.CollectiveKind, [PledgeCard.NonceKey] = "n1",
        }, An.Aad, "en-US");

        Assert.Equal(Strings.Vi.PledgeNotYours, byLan.Message);
        Assert.Equal(Strings.En.PledgeNotUnitHead, unitCardByStaff.Message);
        Assert.Equal(0, await StoredPledgeCountAsync());
        Assert.Empty(await VersionsAsync(An));
    }

    private static JsonObject UnitInputs() => new()
    {
        [PledgeCard.TitleInput] = "tap-the-lao-dong-tien-tien",
        [PledgeCard.AreasInput] = "cai-cach-hanh-chinh",
        [PledgeCard.TargetsInput] = "Đơn vị hoàn thành 100% nhiệm vụ.",
        [PledgeCard.CommitmentInput] = "Đơn vị cam kết thực hiện.",
    };
}
