using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Conversations;
using ThiDuaBot.Storage.Installs;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.Storage.Tenants;
using ThiDuaBot.TestSupport.Azurite;
using ThiDuaBot.TestSupport.Cards;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Setup;

/// <summary>
/// The secretary has ThiDuaBot installed through Microsoft Graph for the people it cannot reach, from the admin card,
/// through the real bot, against the fake Teams channel and a loopback fake Graph.
/// </summary>
public sealed class InstallMissingTests : BotTestBase, IAsyncLifetime
{
    private const string Campaign = "td-2013";
    private FakeGraph _graph = null!;

    private static readonly string Minh = FakeGraphDirectory.Id(1);
    private static readonly string Ha = FakeGraphDirectory.Id(2);
    private static readonly string Binh = FakeGraphDirectory.Id(3);
    private static readonly string Dung = FakeGraphDirectory.Id(4);
    private static readonly string Nhung = FakeGraphDirectory.Id(6);

    private Dictionary<string, string?> GraphSettings(bool withTeamsAppId = true) => new()
    {
        ["Setup:Secretaries:0"] = TeamsActivities.UserAadObjectId,
        ["Roster:Graph:BaseUrl"] = _graph.BaseUrl,
        ["Roster:Graph:AuthorityHost"] = _graph.AuthorityHost,
        ["Roster:Graph:TeamsAppId"] = withTeamsAppId ? _graph.CatalogAppId : null,
    };

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        _graph = await FakeGraph.StartAsync(certificate: Channel.Certificate);
        await Bot.DisposeAsync();
        Bot = new BotApplication(Channel, StorageConnectionString, AzuriteServer.NewTablePrefix(), GraphSettings());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _graph.DisposeAsync();
    }

    /// <summary>
    /// Six people: Minh and Nhung have nothing (to install), Hà has ThiDuaBot already in Microsoft 365 (409), Bình has a
    /// personal chat, Dũng removed ThiDuaBot, Lan is known only by sign-in name.
    /// </summary>
    private async Task SeedAsync()
    {
        await Service<TenantSettingsStore>().UpdateAsync(BotApplication.TenantId, s => s with { ActiveCampaignId = Campaign }, CancellationToken.None);
        await Service<CampaignStore>().SaveVersionAsync(BotApplication.TenantId, Campaign, "Kế hoạch thi đua 2013", "id: td-2013", ["dot-1"], 0, null, null, DateTimeOffset.UtcNow, CancellationToken.None);
        Person P(string upn, string name, string unit, string? aad) => new() { SignInName = upn, DisplayName = name, UnitId = unit, AadObjectId = aad };
        await Service<RosterStore>().ApplyAsync(BotApplication.TenantId, Campaign, new RosterChanges(
            [
                P("minhtq@x.example", "Trần Quang Minh", "van-phong", Minh),
                P("haltt@x.example", "Lê Thị Thu Hà", "van-phong", Ha),
                P("binhnv@x.example", "Nguyễn Văn Bình", "van-phong", Binh),
                P("dunghv@x.example", "Hoàng Văn Dũng", "thanh-tra", Dung),
                P("lanpt@x.example", "Phạm Thị Lan", "thanh-tra", null),
                P("nhungdth@x.example", "Đỗ Thị Hồng Nhung", "thanh-tra", Nhung),
            ],
            [new Unit { UnitId = "van-phong", Name = "Văn phòng Sở" }, new Unit { UnitId = "thanh-tra", Name = "Thanh tra Sở" }]), CancellationToken.None);
        _graph.AlreadyInstalledFor(Ha);

        var conversations = Service<ConversationStore>();
        StoredConversation Personal(string id, string aad) => new()
        {
            TenantId = BotApplication.TenantId, ConversationId = id, ConversationType = "personal", ServiceUrl = Channel.ServiceUrl,
            ChannelId = "msteams", BotId = TeamsActivities.BotId, UserAadObjectId = aad,
        };
        await conversations.RecordInstalledAsync(Personal("a:personal-binh", Binh), DateTimeOffset.UtcNow.AddDays(-3), CancellationToken.None);
        await conversations.RecordInstalledAsync(Personal("a:personal-dung", Dung), DateTimeOffset.UtcNow.AddDays(-3), CancellationToken.None);
        await conversations.MarkUninstalledAsync(BotApplication.TenantId, "a:personal-dung", DateTimeOffset.UtcNow.AddDays(-2), CancellationToken.None);
    }

    private async Task<JsonObject> ExecuteAsync(string verb, string locale = "vi-VN")
    {
        var response = await SendAsync(TeamsActivities.CardExecute(Channel.ServiceUrl, verb, new JsonObject(), locale));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(InvokeResponse.CardType, body["type"]!.GetValue<string>());
        return body["value"]!.AsObject();
    }

    private static string Text(JsonObject card) => card.ToJsonString(ProtocolJson.Options);

    private static Dictionary<string, string> Facts(JsonObject card) => card["body"]!.AsArray()
        .Where(e => e!["type"]!.GetValue<string>() == "FactSet")
        .SelectMany(f => f!["facts"]!.AsArray())
        .ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());

    /// <summary>The verbs of every Action.Execute anywhere in the card (its action bar, action sets, shown cards).</summary>
    private static IEnumerable<string> Verbs(JsonNode? node) => node switch
    {
        JsonObject o when o["type"] is JsonValue type && type.GetValue<string>() == "Action.Execute" => [o["verb"]!.GetValue<string>()],
        JsonObject o => o.SelectMany(p => Verbs(p.Value)),
        JsonArray a => a.SelectMany(Verbs),
        _ => [],
    };

    private Task<IReadOnlyList<PendingInstall>> PendingAsync() => Service<PendingInstallStore>().ListAsync(BotApplication.TenantId, CancellationToken.None);

    [Fact]
    public async Task Install_asks_graph_for_the_people_without_thiduabot_with_the_bots_token_and_records_them_as_pending()
    {
        await SeedAsync();

        var card = await ExecuteAsync(AdminCard.InstallMissingVerb);

        CardAssert.Valid(card);
        var requests = _graph.InstallRequests;
        Assert.Equal(new[] { Minh, Ha, Nhung }.Select(id => $"/v1.0/users/{id}/teamwork/installedApps").Order(), requests.Select(r => r.Path).Order());
        Assert.All(requests, r =>
        {
            Assert.StartsWith("Bearer " + FakeGraph.TokenPrefix, r.Authorization);
            Assert.Equal($"{_graph.BaseUrl}/appCatalogs/teamsApps/{_graph.CatalogAppId}", r.BodyObject!["teamsApp@odata.bind"]!.GetValue<string>());
        });
        Assert.Equal(BotApplication.AppId, _graph.TokenRequests[0]["client_id"]);
        Assert.Equal(BotApplication.TenantId, _graph.TokenRequests[0]["tenant"]);

        var text = Text(card);
        Assert.Contains(string.Format(Strings.Vi.InstallRequested, 2), text);
        Assert.Contains(string.Format(Strings.Vi.InstallAlreadyInstalled, 1), text); // the 409
        Assert.Contains(string.Format(Strings.Vi.InstallSkippedUninstalled, 1), text); // Dũng is not reinstalled
        Assert.Contains(string.Format(Strings.Vi.InstallNoAccountLink, 1, "Phạm Thị Lan"), text);
        Assert.Contains(AdminCard.InstallMissingVerb, Verbs(card));

        var pending = (await PendingAsync()).ToDictionary(p => p.AadObjectId);
        Assert.Equal([Minh, Ha, Nhung], pending.Keys.Order());
        Assert.Equal(PendingInstallOutcome.AlreadyInstalled, pending[Ha].Outcome);
        Assert.Equal(PendingInstallOutcome.Requested, pending[Minh].Outcome);
        Assert.All(pending.Values, p => Assert.Equal(TeamsActivities.UserAadObjectId, p.RequestedByAadObjectId));
    }

    [Fact]
    public async Task Pending_people_are_counted_and_listed_on_the_status_card_and_not_as_unreachable()
    {
        await SeedAsync();
        await ExecuteAsync(AdminCard.InstallMissingVerb);

        var card = await ExecuteAsync(AdminCard.StatusVerb);

        CardAssert.Valid(card);
        var facts = Facts(card);
        Assert.Equal("1", facts[Strings.Vi.StatusReachPersonal]);
        Assert.Equal("3", facts[Strings.Vi.StatusInstallPending]);
        Assert.Equal("2", facts[Strings.Vi.StatusUnreachable]); // Dũng (removed it) and Lan (no account link)
        Assert.Equal("1 / 3", facts["Văn phòng Sở"]);
        Assert.Equal("0 / 3", facts["Thanh tra Sở"]);
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture); // Asia/Ho_Chi_Minh
        Assert.Equal("Văn phòng Sở: " + string.Format(Strings.Vi.PendingRequested, today), facts["Trần Quang Minh"]);
        Assert.Equal("Văn phòng Sở: " + string.Format(Strings.Vi.PendingAlreadyInstalled, today), facts["Lê Thị Thu Hà"]);
        Assert.Equal("Thanh tra Sở: " + Strings.Vi.ReasonUninstalled, facts["Hoàng Văn Dũng"]);
        var text = Text(card);
        Assert.Contains(Strings.Vi.StatusPendingHeading, text);
        Assert.DoesNotContain(Strings.Vi.ReasonNotInstalled, text); // nobody pending is shown as unreachable
    }

    [Fact]
    public async Task A_pending_person_who_then_installs_has_a_personal_chat_and_the_pending_row_goes()
    {
        await SeedAsync();
        await ExecuteAsync(AdminCard.InstallMissingVerb);

        var install = TeamsActivities.PersonalInstallationUpdate(Channel.ServiceUrl, "add");
        install["from"] = new JsonObject { ["id"] = "29:minh", ["name"] = "Trần Quang Minh", ["aadObjectId"] = Minh };
        install["conversation"]!["id"] = "a:personal-minh";
        var response = await SendAsync(install);
        Assert.True(response.IsSuccessStatusCode);

        Assert.DoesNotContain(await PendingAsync(), p => p.AadObjectId == Minh);
        var facts = Facts(await ExecuteAsync(AdminCard.StatusVerb));
        Assert.Equal("2", facts[Strings.Vi.StatusReachPersonal]);
        Assert.Equal("2", facts[Strings.Vi.StatusInstallPending]);
        Assert.Equal("2 / 3", facts["Văn phòng Sở"]);
        Assert.False(facts.ContainsKey("Trần Quang Minh")); // neither pending nor unreachable
    }

    [Fact]
    public async Task A_personal_chat_counts_even_if_its_pending_row_was_never_removed()
    {
        await SeedAsync();
        await Service<PendingInstallStore>().UpsertAsync(
            [new PendingInstall { TenantId = BotApplication.TenantId, AadObjectId = Binh, RequestedAt = DateTimeOffset.UtcNow, Outcome = PendingInstallOutcome.Requested }],
            CancellationToken.None);

        var facts = Facts(await ExecuteAsync(AdminCard.StatusVerb));

        Assert.Equal("1", facts[Strings.Vi.StatusReachPersonal]);
        Assert.Equal("0", facts[Strings.Vi.StatusInstallPending]);
    }

    [Fact]
    public async Task A_second_press_within_24_hours_does_not_call_graph_again_but_an_older_request_is_repeated()
    {
        await SeedAsync();
        await ExecuteAsync(AdminCard.InstallMissingVerb);
        var calls = _graph.InstallRequests.Count;

        var again = await ExecuteAsync(AdminCard.InstallMissingVerb);

        Assert.Equal(calls, _graph.InstallRequests.Count);
        Assert.Contains(Strings.Vi.InstallNobodyToAsk, Text(again));
        Assert.Contains(string.Format(Strings.Vi.InstallRecentlyRequested, 3), Text(again));
        CardAssert.Valid(again);

        // Nhung's request is now 25 hours old and Teams never confirmed it: the next press asks Graph once more.
        await Service<PendingInstallStore>().UpsertAsync(
            [(await PendingAsync()).Single(p => p.AadObjectId == Nhung) with { RequestedAt = DateTimeOffset.UtcNow.AddHours(-25) }], CancellationToken.None);
        var later = await ExecuteAsync(AdminCard.InstallMissingVerb);

        Assert.Equal($"/v1.0/users/{Nhung}/teamwork/installedApps", _graph.InstallRequests.Skip(calls).Single().Path);
        Assert.Contains(string.Format(Strings.Vi.InstallAlreadyInstalled, 1), Text(later)); // the first request did install it
        Assert.True((await PendingAsync()).Single(p => p.AadObjectId == Nhung).RequestedAt > DateTimeOffset.UtcNow.AddHours(-1));
    }

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    public async Task A_missing_graph_permission_stops_and_says_which_permission_in_the_secretarys_language(string locale)
    {
        await SeedAsync();
        _graph.RefuseInstallsForMissingPermission();

        var card = await ExecuteAsync(AdminCard.InstallMissingVerb, locale);

        CardAssert.Valid(card);
        var strings = locale == "en-US" ? Strings.En : Strings.Vi;
        var text = Text(card);
        Assert.Contains(string.Format(strings.InstallPermissionMissing, 403), text);
        Assert.Contains("TeamsAppInstallation.ReadWriteSelfForUser.All", text);
        Assert.Contains(string.Format(strings.InstallNotAsked, 3), text);
        Assert.InRange(_graph.InstallRequests.Count, 1, 3);
        Assert.Empty(await PendingAsync());
    }

    [Fact]
    public async Task A_failure_for_one_person_is_listed_with_the_reason_stays_unreachable_and_is_not_asked_again_the_same_day()
    {
        await SeedAsync();
        _graph.InstallStatusFor[Nhung] = 404;

        var card = await ExecuteAsync(AdminCard.InstallMissingVerb, "en-US");

        var text = Text(card);
        Assert.Contains(string.Format(Strings.En.InstallFailedHeading, 1), text);
        Assert.Contains("Đỗ Thị Hồng Nhung: " + Strings.En.InstallFailedNotFound, text);
        Assert.Contains(string.Format(Strings.En.InstallRequested, 1), text);
        Assert.Equal(PendingInstallOutcome.Failed, (await PendingAsync()).Single(p => p.AadObjectId == Nhung).Outcome);

        var facts = Facts(await ExecuteAsync(AdminCard.StatusVerb));
        Assert.Equal("Thanh tra Sở: " + Strings.Vi.ReasonNotInstalled, facts["Đỗ Thị Hồng Nhung"]);
        Assert.Equal("2", facts[Strings.Vi.StatusInstallPending]);

        var calls = _graph.InstallRequests.Count;
        await ExecuteAsync(AdminCard.InstallMissingVerb);
        Assert.Equal(calls, _graph.InstallRequests.Count);
    }

    [Fact]
    public async Task At_most_forty_people_are_asked_for_per_press_and_the_next_press_asks_the_rest()
    {
        await Service<TenantSettingsStore>().UpdateAsync(BotApplication.TenantId, s => s with { ActiveCampaignId = Campaign }, CancellationToken.None);
        await Service<CampaignStore>().SaveVersionAsync(BotApplication.TenantId, Campaign, "Kế hoạch thi đua 2013", "id: td-2013", ["dot-1"], 0, null, null, DateTimeOffset.UtcNow, CancellationToken.None);
        var people = Enumerable.Range(1, 45)
            .Select(n => new Person { SignInName = $"nguoi{n}@x.example", DisplayName = $"Người {n:D2}", UnitId = "van-phong", AadObjectId = FakeGraphDirectory.Id(n) })
            .ToList();
        await Service<RosterStore>().ApplyAsync(BotApplication.TenantId, Campaign, new RosterChanges(people, [new Unit { UnitId = "van-phong", Name = "Văn phòng Sở" }]), CancellationToken.None);

        var first = await ExecuteAsync(AdminCard.InstallMissingVerb);

        Assert.Equal(AdminInstallMissingHandler.MaxPerPress, _graph.InstallRequests.Count);
        Assert.Contains(string.Format(Strings.Vi.InstallMoreToAsk, 5), Text(first));
        CardAssert.Valid(first); // 10 failures listed (the directory has 30 users), the rest counted

        var second = await ExecuteAsync(AdminCard.InstallMissingVerb);

        Assert.Equal(45, _graph.InstallRequests.Select(r => r.Path).Distinct().Count());
        Assert.Equal(45, _graph.InstallRequests.Count);
        Assert.DoesNotContain(string.Format(Strings.Vi.InstallMoreToAsk, 5), Text(second));
        Assert.Contains(string.Format(Strings.Vi.InstallRecentlyRequested, 40), Text(second));
    }


    [Fact]
    public async Task The_install_button_is_offered_only_with_a_teams_app_id_and_app_credentials()
    {
        var withIt = await ExecuteAsync(StatusCard.BackVerb);
        Assert.Contains(AdminCard.InstallMissingVerb, Verbs(withIt));
        CardAssert.Valid(withIt);

        // A local run (Development, no MicrosoftAppId): the bot could not sign in to Graph, so no button.
        var local = CreateBot(new Dictionary<string, string?>(GraphSettings()) { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" }, environment: "Development");
        var localResponse = await local.PostActivityAsync(TeamsActivities.CardExecute(Channel.ServiceUrl, StatusCard.BackVerb, new JsonObject()), token: null);
        var localCard = JsonNode.Parse(await localResponse.Content.ReadAsStringAsync())!["value"]!.AsObject();
        Assert.DoesNotContain(AdminCard.InstallMissingVerb, Verbs(localCard));
        Assert.Contains(AdminCard.StatusVerb, Verbs(localCard));

        await Bot.DisposeAsync();
        Bot = new BotApplication(Channel, StorageConnectionString, AzuriteServer.NewTablePrefix(), GraphSettings(withTeamsAppId: false));
        var withoutAppId = await ExecuteAsync(StatusCard.BackVerb);
        Assert.DoesNotContain(AdminCard.InstallMissingVerb, Verbs(withoutAppId));
        Assert.Contains(AdminCard.StatusVerb, Verbs(withoutAppId));

        // A stale card still holding the button is answered, not obeyed.
        await SeedAsync();
        var stale = await ExecuteAsync(AdminCard.InstallMissingVerb);
        Assert.Contains(Strings.Vi.InstallNotConfigured, Text(stale));
        Assert.Empty(_graph.Requests);
    }
}
