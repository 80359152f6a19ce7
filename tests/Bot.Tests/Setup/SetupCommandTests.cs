using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.Storage.Tenants;
using ThiDuaBot.TestSupport.Cards;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Setup;

public sealed class SetupCommandTests : BotTestBase
{
    private const string SecretaryUpn = "thuky.hdtdkt@sokhcn.bacgiang.example";

    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Setup:Secretaries:0"] = SecretaryUpn,
    };

    private void MemberLookupAnswers(string upn) =>
        Channel.Script($"/members/{TeamsActivities.UserId}", new ScriptedResponse(200,
            new JsonObject { ["id"] = TeamsActivities.UserId, ["name"] = "Nguyễn Văn An", ["aadObjectId"] = TeamsActivities.UserAadObjectId, ["userPrincipalName"] = upn }.ToJsonString()));

    private void TeamLookupAnswers() =>
        Channel.Script($"/v3/teams/{TeamsActivities.TeamId}", new ScriptedResponse(200,
            new JsonObject { ["id"] = TeamsActivities.TeamId, ["name"] = "Hội đồng Thi đua-Khen thưởng", ["aadGroupId"] = "g-1" }.ToJsonString()));

    private async Task<TenantSettings> TenantSettingsAsync() =>
        await Service<TenantSettingsStore>().GetAsync(BotApplication.TenantId, CancellationToken.None);

    [Fact]
    public async Task Secretary_named_in_configuration_makes_the_channel_the_council_channel()
    {
        MemberLookupAnswers(SecretaryUpn.ToUpperInvariant());
        TeamLookupAnswers();

        await SendAsync(TeamsActivities.ChannelMessageWithMention(Channel.ServiceUrl, "thiết lập"));

        var settings = await TenantSettingsAsync();
        Assert.Equal(TeamsActivities.ChannelConversationId, settings.CouncilConversationId);
        Assert.Equal(TeamsActivities.TeamId, settings.CouncilTeamId);
        Assert.Equal("Hội đồng Thi đua-Khen thưởng", settings.CouncilTeamName);
        Assert.Equal(TeamsActivities.UserAadObjectId, settings.CouncilSetByAadObjectId);
        var reply = Assert.Single(SentActivities());
        Assert.Contains("Hội đồng Thi đua-Khen thưởng", reply.BodyObject!["text"]!.GetValue<string>());
        Assert.Contains("**Chung**", reply.BodyObject!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_council_channel_keeps_the_language_it_was_set_up_in_and_setup_again_in_the_other_switches_it()
    {
        MemberLookupAnswers(SecretaryUpn);
        MemberLookupAnswers(SecretaryUpn);
        await SendAsync(TeamsActivities.ChannelMessageWithMention(Channel.ServiceUrl, "setup", locale: "en-US"));
        Assert.Equal("en-US", (await TenantSettingsAsync()).CouncilLocale);

        await SendAsync(TeamsActivities.ChannelMessageWithMention(Channel.ServiceUrl, "thiết lập", locale: "vi-VN"));

        var settings = await TenantSettingsAsync();
        Assert.Equal("vi-VN", settings.CouncilLocale);
        Assert.Equal(TeamsActivities.ChannelConversationId, settings.CouncilConversationId);
    }

    [Fact]
    public async Task Setup_twice_in_the_same_channel_changes_nothing_the_second_time()
    {
        MemberLookupAnswers(SecretaryUpn);
        MemberLookupAnswers(SecretaryUpn);
        await SendAsync(TeamsActivities.ChannelMessageWithMention(Channel.ServiceUrl, "setup", locale: "en-US"));
        var first = await TenantSettingsAsync();

        await SendAsync(TeamsActivities.ChannelMessageWithMention(Channel.ServiceUrl, "setup", locale: "en-US"));

        Assert.Equal(first, await TenantSettingsAsync());
        Assert.Equal(Strings.En.SetupCouncilChannelAlready, SentActivities()[^1].BodyObject!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Someone_who_is_not_a_secretary_is_refused_in_their_language_and_nothing_is_stored()
    {
        MemberLookupAnswers("someone.else@sokhcn.bacgiang.example");

        await SendAsync(TeamsActivities.ChannelMessageWithMention(Channel.ServiceUrl, "thiet lap"));

        Assert.Null((await TenantSettingsAsync()).CouncilConversationId);
        var reply = Assert.Single(SentActivities());
        Assert.Equal(Caller.Refusal(Strings.Vi, Role.CouncilSecretary), reply.BodyObject!["text"]!.GetValue<string>());
        Assert.Contains("thư ký Hội đồng Thi đua-Khen thưởng", reply.BodyObject!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task When_the_member_lookup_fails_the_caller_is_not_a_secretary()
    {
        Channel.Script($"/members/{TeamsActivities.UserId}", new ScriptedResponse(404));

        await SendAsync(TeamsActivities.ChannelMessageWithMention(Channel.ServiceUrl, "thiết lập"));

        Assert.Null((await TenantSettingsAsync()).CouncilConversationId);
    }

    [Fact]
    public async Task Secretary_from_the_roster_may_set_up_and_one_who_left_may_not()
    {
        await Service<TenantSettingsStore>().UpdateAsync(BotApplication.TenantId, s => s with { ActiveCampaignId = "td-2013" }, CancellationToken.None);
        var secretary = new Person
        {
            SignInName = "roster.secretary@sokhcn.bacgiang.example",
            DisplayName = "Trần Thị Bình",
            AadObjectId = TeamsActivities.UserAadObjectId,
            Roles = Role.Staff | Role.CouncilSecretary,
        };
        var roster = Service<RosterStore>();
        await roster.ApplyAsync(BotApplication.TenantId, "td-2013", new RosterChanges([secretary with { Active = false }], []), CancellationToken.None);
        MemberLookupAnswers(secretary.SignInName);

        await SendAsync(TeamsActivities.ChannelMessageWithMention(Channel.ServiceUrl, "thiết lập"));
        Assert.Null((await TenantSettingsAsync()).CouncilConversationId);

        await roster.ApplyAsync(BotApplication.TenantId, "td-2013", new RosterChanges([secretary], []), CancellationToken.None);
        await SendAsync(TeamsActivities.ChannelMessageWithMention(Channel.ServiceUrl, "thiết lập"));
        Assert.Equal(TeamsActivities.ChannelConversationId, (await TenantSettingsAsync()).CouncilConversationId);
    }

    [Fact]
    public async Task Person_on_a_csv_roster_is_linked_by_sign_in_name_on_first_contact()
    {
        await Service<TenantSettingsStore>().UpdateAsync(BotApplication.TenantId, s => s with { ActiveCampaignId = "td-2013" }, CancellationToken.None);
        var roster = Service<RosterStore>();
        await roster.ApplyAsync(BotApplication.TenantId, "td-2013", new RosterChanges(
            [new Person { SignInName = "csv.secretary@sokhcn.bacgiang.example", DisplayName = "Lê Văn Cường", Roles = Role.CouncilSecretary }], []), CancellationToken.None);
        MemberLookupAnswers("csv.secretary@sokhcn.bacgiang.example");

        await SendAsync(TeamsActivities.PersonalMessage(Channel.ServiceUrl, "thiết lập"));

        var linked = await roster.FindByAadObjectIdAsync(BotApplication.TenantId, "td-2013", TeamsActivities.UserAadObjectId, CancellationToken.None);
        Assert.Equal("Lê Văn Cường", linked?.DisplayName);
        Assert.Contains(Strings.Vi.AdminTitle, CardText(Assert.Single(SentActivities())));
    }

    [Fact]
    public async Task Setup_in_the_personal_chat_shows_a_valid_admin_card()
    {
        MemberLookupAnswers(SecretaryUpn);

        await SendAsync(TeamsActivities.PersonalMessage(Channel.ServiceUrl, "thiết lập"));

        var reply = Assert.Single(SentActivities());
        var card = reply.BodyObject!["attachments"]![0]!["content"]!.AsObject();
        CardAssert.Valid(card);
        Assert.Contains(Strings.Vi.AdminTitle, CardText(reply));
        Assert.Contains(Strings.Vi.AdminCampaignNotLoaded, CardText(reply));
        Assert.Contains(AdminCard.LoadSampleVerb, CardText(reply));
    }
}
