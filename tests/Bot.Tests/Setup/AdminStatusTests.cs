using System.Text.Json.Nodes;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Conversations;
using ThiDuaBot.Storage.Installs;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.Storage.Tenants;
using ThiDuaBot.TestSupport.Cards;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Setup;

public sealed class AdminStatusTests : BotTestBase
{
    private const string Campaign = "td-2013";
    private static readonly DateTimeOffset T0 = new(2013, 3, 5, 1, 0, 0, TimeSpan.Zero);

    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Setup:Secretaries:0"] = TeamsActivities.UserAadObjectId,
    };

    private async Task SeedAsync()
    {
        await Service<TenantSettingsStore>().UpdateAsync(BotApplication.TenantId, s => s with { ActiveCampaignId = Campaign }, CancellationToken.None);
        await Service<CampaignStore>().SaveVersionAsync(BotApplication.TenantId, Campaign, "Kế hoạch thi đua 2013", "id: td-2013", ["dot-1"], 0, null, null, T0, CancellationToken.None);
        Person P(string upn, string name, string unit, string? aad) => new() { SignInName = upn, DisplayName = name, UnitId = unit, AadObjectId = aad };
        await Service<RosterStore>().ApplyAsync(BotApplication.TenantId, Campaign, new RosterChanges(
            [
                P("an@x.example", "Nguyễn Văn An", "van-phong", "aad-an"),
                P("binh@x.example", "Trần Thị Bình", "van-phong", "aad-binh"),
                P("cuong@x.example", "Lê Văn Cường", "thanh-tra", null),
                P("dung@x.example", "Phạm Thị Dung", "thanh-tra", "aad-dung"),
                P("left@x.example", "Người Đã Nghỉ", "thanh-tra", "aad-left") with { Active = false },
            ],
            [new Unit { UnitId = "van-phong", Name = "Văn phòng Sở" }, new Unit { UnitId = "thanh-tra", Name = "Thanh tra Sở" }]), CancellationToken.None);

        var store = Service<ConversationStore>();
        await store.RecordInstalledAsync(new StoredConversation
        {
            TenantId = BotApplication.TenantId, ConversationId = "a:personal-an", ConversationType = "personal", ServiceUrl = Channel.ServiceUrl,
            ChannelId = "msteams", BotId = TeamsActivities.BotId, UserAadObjectId = "aad-an",
        }, T0, CancellationToken.None);
        await store.RecordInstalledAsync(new StoredConversation
        {
            TenantId = BotApplication.TenantId, ConversationId = "19:team-general@thread.tacv2", ConversationType = "channel", ServiceUrl = Channel.ServiceUrl,
            ChannelId = "msteams", BotId = TeamsActivities.BotId, TeamId = "19:team-general@thread.tacv2",
        }, T0, CancellationToken.None);
        Channel.Script("/pagedmembers",
            new ScriptedResponse(200, """{"continuationToken":"page-2","members":[{"id":"29:x","aadObjectId":"someone-not-on-roster"}]}"""),
            new ScriptedResponse(200, """{"members":[{"id":"29:binh","aadObjectId":"AAD-BINH"}]}"""));
    }

    [Fact]
    public async Task Status_card_counts_who_the_bot_can_reach_and_says_why_not()
    {
        await SeedAsync();

        var response = await SendAsync(TeamsActivities.CardExecute(Channel.ServiceUrl, AdminCard.StatusVerb, new JsonObject()));

        var card = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!.AsObject();
        CardAssert.Valid(card);
        var facts = card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "FactSet")
            .SelectMany(f => f!["facts"]!.AsArray()).ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
        Assert.Equal("1", facts[Strings.Vi.StatusReachPersonal]);
        Assert.Equal("1", facts[Strings.Vi.StatusReachTeam]);
        Assert.Equal("2", facts[Strings.Vi.StatusUnreachable]);
        Assert.Equal("2 / 2", facts["Văn phòng Sở"]);
        Assert.Equal("0 / 2", facts["Thanh tra Sở"]);
        Assert.Equal("Thanh tra Sở: " + Strings.Vi.ReasonNoAccountLink, facts["Lê Văn Cường"]);
        Assert.Equal("Thanh tra Sở: " + Strings.Vi.ReasonNotInstalled, facts["Phạm Thị Dung"]);
        Assert.False(facts.ContainsKey("Người Đã Nghỉ"));
        var paged = Channel.ConnectorRequests.Where(r => r.Path.EndsWith("/pagedmembers", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, paged.Count);
        Assert.Contains("continuationToken=page-2", paged[1].Query);
    }

    [Fact]
    public async Task A_pending_install_is_counted_apart_from_the_unreachable_and_a_personal_chat_wins_over_it()
    {
        await SeedAsync();
        PendingInstall Pending(string aad) => new() { TenantId = BotApplication.TenantId, AadObjectId = aad, RequestedAt = T0, Outcome = PendingInstallOutcome.Requested };
        await Service<PendingInstallStore>().UpsertAsync([Pending("aad-dung"), Pending("aad-an")], CancellationToken.None);

        var response = await SendAsync(TeamsActivities.CardExecute(Channel.ServiceUrl, AdminCard.StatusVerb, new JsonObject()));

        var card = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!.AsObject();
        CardAssert.Valid(card);
        var facts = card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "FactSet")
            .SelectMany(f => f!["facts"]!.AsArray()).ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
        Assert.Equal("1", facts[Strings.Vi.StatusReachPersonal]); // An: her chat counts, not her old request
        Assert.Equal("1", facts[Strings.Vi.StatusInstallPending]);
        Assert.Equal("1", facts[Strings.Vi.StatusUnreachable]);
        Assert.Equal("0 / 2", facts["Thanh tra Sở"]); // pending is not reachable yet
        Assert.Equal("Thanh tra Sở: " + string.Format(Strings.Vi.PendingRequested, "05/03/2013"), facts["Phạm Thị Dung"]);
        Assert.Equal("Thanh tra Sở: " + Strings.Vi.ReasonNoAccountLink, facts["Lê Văn Cường"]);
    }

    [Fact]
    public async Task Status_before_any_campaign_says_to_load_one()
    {
        var response = await SendAsync(TeamsActivities.CardExecute(Channel.ServiceUrl, AdminCard.StatusVerb, new JsonObject(), locale: "en-US"));

        var card = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!.AsObject();
        Assert.Contains(Strings.En.StatusNoCampaign, card.ToJsonString(ThiDuaBot.Bot.Protocol.ProtocolJson.Options));
    }
}

public sealed class AdminVerbsRefusedTests : BotTestBase
{
    public static TheoryData<string> AdminVerbs() =>
    [
        AdminCard.StatusVerb, StatusCard.BackVerb, AdminCard.LoadSampleVerb, AdminCard.LoadTextVerb, AdminCard.PhaseStartVerb, AdminCard.PhaseCloseVerb,
        AdminCard.ImportCsvVerb, AdminCard.ImportGraphVerb, AdminCard.InstallMissingVerb,
    ];

    [Theory]
    [MemberData(nameof(AdminVerbs))]
    public async Task Admin_verb_from_someone_who_is_not_secretary_is_refused_and_changes_nothing(string verb)
    {
        Channel.Script($"/members/{TeamsActivities.UserId}", new ScriptedResponse(404));

        var data = new JsonObject { [AdminCard.CampaignTextInput] = "id: x", [AdminCard.PhaseInput] = "dot-1", [AdminCard.CsvTextInput] = "Họ và tên,Email,Đơn vị\nA,a@x.example,B\n" };
        var response = await SendAsync(TeamsActivities.CardExecute(Channel.ServiceUrl, verb, data));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.Contains("thư ký Hội đồng Thi đua-Khen thưởng", body["value"]!.GetValue<string>());
        Assert.Equal(1, await CountStoredRowsAsync()); // only the conversation reference of the chat itself
    }
}
