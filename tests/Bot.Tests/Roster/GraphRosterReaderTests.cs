using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ThiDuaBot.Bot.Features.Roster;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Roster;

/// <summary>The roster read from a loopback fake Microsoft Graph through the real Graph SDK, Azure.Identity and HTTPS.</summary>
public sealed class GraphRosterReaderTests : IAsyncLifetime
{
    private FakeGraph _graph = null!;

    public async Task InitializeAsync() => _graph = await FakeGraph.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    private async Task<GraphRosterResult> ReadAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        await using var services = RosterImportHost.Create(_graph, settings: settings);
        return await services.GetRequiredService<GraphRosterReader>().ReadAsync(RosterImportHost.TenantId, CancellationToken.None);
    }

    private static Dictionary<string, Role> RolesBySignIn(GraphRosterResult result) =>
        result.Rows.ToDictionary(r => r.SignInName, r => RoleWords.Parse(r.Roles).Roles);

    [Fact]
    public async Task Every_page_is_followed_disabled_accounts_and_guests_are_left_out_and_each_call_carries_the_bots_token()
    {
        var result = await ReadAsync();

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.True(result.ManagersRead);
        Assert.Equal(28, result.Rows.Count);
        Assert.Equal((1, 1), (result.SkippedDisabled, result.SkippedGuests));
        Assert.DoesNotContain(result.Rows, r => r.SignInName == FakeGraphDirectory.Upn("khanhbv") || r.SignInName.Contains("#EXT#", StringComparison.Ordinal));
        Assert.All(result.Rows, r => Assert.Equal("graph", r.Source));

        var userPages = _graph.Requests.Where(r => r.Path == "/v1.0/users").ToList();
        Assert.Equal(5, userPages.Count); // 30 users, at most 7 a page
        Assert.Contains("skiptoken", userPages[^1].Query);
        var firstQuery = Uri.UnescapeDataString(userPages[0].Query!);
        Assert.Contains("accountEnabled", firstQuery);
        Assert.Contains("department", firstQuery);
        Assert.Contains("$expand=manager($select=id)", firstQuery);
        Assert.All(_graph.Requests, r => Assert.Equal("Bearer " + FakeGraph.TokenPrefix + "1", r.Authorization));

        var token = Assert.Single(_graph.TokenRequests);
        Assert.Equal(RosterImportHost.TenantId, token["tenant"]);
        Assert.Equal(BotApplication.AppId, token["client_id"]);
        Assert.Equal(RosterImportHost.ClientSecret, token["client_secret"]);
        Assert.Equal("client_credentials", token["grant_type"]);
        Assert.Equal(_graph.BaseUri.GetLeftPart(UriPartial.Authority) + "/.default", token["scope"]);

        var dung = result.Rows.Single(r => r.SignInName == FakeGraphDirectory.Upn("dunghv"));
        Assert.Equal(("Hoàng Văn Dũng", FakeGraphDirectory.Office, "Chánh Văn phòng"), (dung.DisplayName, dung.UnitName, dung.JobTitle));
        Assert.Equal(_graph.Directory.User(FakeGraphDirectory.Upn("dunghv")).Id, dung.AadObjectId);
        Assert.Equal(FakeGraphDirectory.Upn("dunghv"), dung.Email);
    }

    [Fact]
    public async Task Department_top_managers_and_head_titles_are_unit_heads_leadership_comes_from_titles_and_the_council_group_from_its_members()
    {
        var result = await ReadAsync();
        var roles = RolesBySignIn(result);

        Assert.Equal(
            new[] { "cuongvv", "dunghv", "haidv", "longpv", "nghiacv" }.Select(FakeGraphDirectory.Upn),
            roles.Where(r => r.Value.HasFlag(Role.UnitHead)).Select(r => r.Key).Order());
        Assert.Equal(
            new[] { "binhnv", "haltt", "minhtq" }.Select(FakeGraphDirectory.Upn),
            roles.Where(r => r.Value.HasFlag(Role.Leadership)).Select(r => r.Key).Order());
        Assert.Equal(
            new[] { "cuongvv", "dunghv", "haidv", "haltt", "minhtq", "thaodt" }.Select(FakeGraphDirectory.Upn),
            roles.Where(r => r.Value.HasFlag(Role.CouncilMember)).Select(r => r.Key).Order());
        Assert.All(roles.Values, r => Assert.True(r.HasFlag(Role.Staff)));
        Assert.Equal(Role.Staff, roles[FakeGraphDirectory.Upn("lanpt")]); // manages people, but under her own unit's head
        Assert.Equal(Role.Staff, roles[FakeGraphDirectory.Upn("hangnt")]);
        Assert.Equal(2, result.CouncilMembersNotImported); // the disabled account and the nested group

        var memberPages = _graph.Requests.Where(r => r.Path == $"/v1.0/groups/{FakeGraphDirectory.CouncilGroupId}/members").ToList();
        Assert.Equal(2, memberPages.Count); // eight members, at most seven a page
    }

    [Fact]
    public async Task When_graph_will_not_give_managers_users_are_read_without_them_and_unit_heads_come_from_titles()
    {
        _graph.RefuseManagerExpansion = true;

        var result = await ReadAsync();

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.False(result.ManagersRead);
        Assert.Equal(28, result.Rows.Count);
        Assert.Equal(
            new[] { "cuongvv", "dunghv", "haidv", "longpv" }.Select(FakeGraphDirectory.Upn),
            RolesBySignIn(result).Where(r => r.Value.HasFlag(Role.UnitHead)).Select(r => r.Key).Order());
        Assert.DoesNotContain("expand", _graph.Requests.Where(r => r.Path == "/v1.0/users").Last().Query!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Configured_titles_replace_the_default_ones()
    {
        var result = await ReadAsync(new Dictionary<string, string?>
        {
            ["Roster:Graph:UnitHeadTitles:0"] = "Phó Trưởng phòng",
            ["Roster:Graph:LeadershipTitles:0"] = "Giám đốc",
        });
        var roles = RolesBySignIn(result);

        Assert.True(roles[FakeGraphDirectory.Upn("thaodt")].HasFlag(Role.UnitHead));
        Assert.False(roles[FakeGraphDirectory.Upn("longpv")].HasFlag(Role.UnitHead));
        Assert.True(roles[FakeGraphDirectory.Upn("nghiacv")].HasFlag(Role.Leadership)); // "Giám đốc" of the centre, by the configured title
        Assert.False(roles[FakeGraphDirectory.Upn("haltt")].HasFlag(Role.Leadership)); // "Phó Giám đốc Sở" does not begin with "Giám đốc"
    }

    [Fact]
    public async Task A_department_filter_keeps_those_departments_and_the_council_whatever_their_department()
    {
        var result = await ReadAsync(new Dictionary<string, string?>
        {
            ["Roster:Graph:Departments:0"] = "van phong so",
            ["Roster:Graph:Departments:1"] = FakeGraphDirectory.Inspection,
        });

        Assert.True(result.Succeeded);
        Assert.Equal(5, result.Rows.Count(r => r.UnitName == FakeGraphDirectory.Office));
        Assert.Equal(4, result.Rows.Count(r => r.UnitName == FakeGraphDirectory.Inspection));
        Assert.Equal(
            new[] { "haidv", "haltt", "minhtq", "thaodt" }.Select(FakeGraphDirectory.Upn),
            result.Rows.Where(r => r.UnitName is not FakeGraphDirectory.Office and not FakeGraphDirectory.Inspection).Select(r => r.SignInName).Order());
        Assert.Equal(28 - 13, result.SkippedOtherDepartments);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(401)]
    public async Task A_refusal_from_graph_is_a_message_not_an_exception(int status)
    {
        _graph.RefuseWith(status);

        var result = await ReadAsync();

        Assert.Equal("graph-denied", result.Error?.Code);
        Assert.Contains("User.Read.All", result.Error!.Vi);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public async Task An_unknown_council_group_is_named_in_the_message()
    {
        var missing = "00000000-0000-4000-8000-000000000404";

        var result = await ReadAsync(new Dictionary<string, string?> { ["Roster:Graph:CouncilGroupId"] = missing });

        Assert.Equal("council-group-not-found", result.Error?.Code);
        Assert.Contains(missing, result.Error!.En);
    }

    [Fact]
    public async Task Without_app_credentials_graph_is_not_called()
    {
        var result = await ReadAsync(new Dictionary<string, string?> { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" });

        Assert.Equal("graph-not-configured", result.Error?.Code);
        Assert.Empty(_graph.Requests);
        Assert.Empty(_graph.TokenRequests);
    }

    [Theory]
    [InlineData("Roster:Graph:BaseUrl", "http://graph.example/v1.0")]
    [InlineData("Roster:Graph:BaseUrl", "graph.microsoft.com")]
    [InlineData("Roster:Graph:AuthorityHost", "http://login.example/")]
    [InlineData("Roster:Graph:CouncilGroupId", "Hội đồng")]
    [InlineData("Roster:Graph:PageSize", "1000")]
    public async Task Settings_that_could_never_work_stop_the_bot_at_start(string key, string value)
    {
        await using var services = RosterImportHost.Create(_graph, settings: new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GraphRosterOptions>>().Value);
        Assert.Contains(key, error.Message);
    }
}
