using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ThiDuaBot.Bot.Features.Roster;
using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Bot.Tests.Roster;
using ThiDuaBot.TestSupport.Fakes;

namespace ThiDuaBot.Bot.Tests.Setup;

/// <summary>The proactive installer against a loopback fake Microsoft Graph through the real Graph SDK, Azure.Identity and HTTPS.</summary>
public sealed class TeamsAppInstallerTests : IAsyncLifetime
{
    private FakeGraph _graph = null!;

    public async Task InitializeAsync() => _graph = await FakeGraph.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    private ServiceProvider Services(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?> { ["Roster:Graph:TeamsAppId"] = _graph.CatalogAppId };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        return RosterImportHost.Create(_graph, settings: values);
    }

    private static TeamsAppInstaller Installer(IServiceProvider services) => ActivatorUtilities.CreateInstance<TeamsAppInstaller>(services);

    private static string Id(int n) => FakeGraphDirectory.Id(n);

    [Fact]
    public async Task Each_person_gets_one_post_with_the_catalog_binding_and_the_bots_token()
    {
        await using var services = Services();

        var batch = await Installer(services).InstallAsync(RosterImportHost.TenantId, [Id(1), Id(2), Id(3)], CancellationToken.None);

        Assert.Equal(InstallStop.None, batch.Stop);
        Assert.Equal([Id(1), Id(2), Id(3)], batch.Results.Select(r => r.AadObjectId));
        Assert.All(batch.Results, r => Assert.Equal(InstallOutcome.Requested, r.Outcome));
        var requests = _graph.InstallRequests;
        Assert.Equal(new[] { Id(1), Id(2), Id(3) }.Select(id => $"/v1.0/users/{id}/teamwork/installedApps").Order(), requests.Select(r => r.Path).Order());
        foreach (var request in requests)
        {
            Assert.StartsWith("Bearer " + FakeGraph.TokenPrefix, request.Authorization);
            var body = request.BodyObject!;
            // The binding, and only the model's type the Graph SDK always writes: no null or stray property.
            Assert.Equal(["@odata.type", "teamsApp@odata.bind"], body.Select(p => p.Key).Order(StringComparer.Ordinal));
            Assert.Equal("#microsoft.graph.userScopeTeamsAppInstallation", body["@odata.type"]!.GetValue<string>());
            Assert.Equal($"{_graph.BaseUrl}/appCatalogs/teamsApps/{_graph.CatalogAppId}", body["teamsApp@odata.bind"]!.GetValue<string>());
        }
        Assert.Equal(_graph.BaseUri.GetLeftPart(UriPartial.Authority) + "/.default", _graph.TokenRequests[0]["scope"]);
        Assert.Equal(3, _graph.InstalledFor.Count);
    }

    [Fact]
    public async Task A_conflict_is_already_installed_and_a_missing_user_is_a_failure_with_its_reason()
    {
        await using var services = Services();
        _graph.AlreadyInstalledFor(Id(2));
        _graph.InstallStatusFor[Id(3)] = 403;
        const string NotInDirectory = "0f0f0f0f-0000-4000-8000-000000000000";

        var batch = await Installer(services).InstallAsync(RosterImportHost.TenantId, [Id(1), Id(2), Id(3), NotInDirectory, "not-a-guid"], CancellationToken.None);

        Assert.Equal(InstallStop.None, batch.Stop);
        Assert.Equal(
        [
            new PersonInstallResult(Id(1), InstallOutcome.Requested),
            new PersonInstallResult(Id(2), InstallOutcome.AlreadyInstalled, Status: 409),
            new PersonInstallResult(Id(3), InstallOutcome.Failed, InstallFailure.Refused, 403),
            new PersonInstallResult(NotInDirectory, InstallOutcome.Failed, InstallFailure.NotFound, 404),
            new PersonInstallResult("not-a-guid", InstallOutcome.Failed, InstallFailure.InvalidObjectId),
        ], batch.Results);
        Assert.Equal(4, _graph.InstallRequests.Count); // the malformed id is never sent
    }

    [Fact]
    public async Task A_missing_permission_stops_the_batch_after_the_requests_already_in_flight()
    {
        await using var services = Services();
        _graph.RefuseInstallsForMissingPermission();
        var everyone = Enumerable.Range(1, 20).Select(Id).ToList();

        var batch = await Installer(services).InstallAsync(RosterImportHost.TenantId, everyone, CancellationToken.None);

        Assert.Equal((InstallStop.PermissionMissing, 403), (batch.Stop, batch.StopStatus));
        Assert.Empty(batch.Results);
        Assert.Equal(20, batch.NotAsked);
        Assert.InRange(_graph.InstallRequests.Count, 1, TeamsAppInstaller.MaxConcurrentRequests);
    }

    [Fact]
    public async Task Without_a_teams_app_id_or_app_credentials_graph_is_not_called()
    {
        await using var noApp = Services(new Dictionary<string, string?> { ["Roster:Graph:TeamsAppId"] = "" });
        await using var noCredentials = Services(new Dictionary<string, string?> { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" });

        foreach (var services in new[] { noApp, noCredentials })
        {
            var installer = Installer(services);
            Assert.False(installer.IsAvailable);
            var batch = await installer.InstallAsync(RosterImportHost.TenantId, [Id(1)], CancellationToken.None);
            Assert.Equal((InstallStop.NotConfigured, 1), (batch.Stop, batch.NotAsked));
        }
        Assert.Empty(_graph.Requests);
        Assert.Empty(_graph.TokenRequests);
    }

    [Fact]
    public async Task A_teams_app_id_that_is_not_a_guid_stops_the_bot_at_start()
    {
        await using var services = Services(new Dictionary<string, string?> { ["Roster:Graph:TeamsAppId"] = "com.example.thiduabot" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GraphRosterOptions>>().Value);
        Assert.Contains("Roster:Graph:TeamsAppId", error.Message);
    }
}
