using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaBot.Bot.Features.Roster;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.TestSupport.Azurite;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Roster;

/// <summary>
/// <c>AddRosterImport</c> in the real bot host, next to the protocol layer and storage as Program.cs registers them:
/// the settings are validated at start, and a Graph import runs over the bot's own HttpClients and credentials.
/// </summary>
public sealed class RosterImportWiringTests
{
    [Fact]
    public async Task The_bot_with_roster_import_reads_graph_with_its_own_credentials_and_stores_the_roster()
    {
        var azurite = await AzuriteServer.GetAsync();
        await using var channel = await FakeTeamsChannel.StartAsync();
        await using var graph = await FakeGraph.StartAsync(certificate: channel.Certificate);
        var settings = new Dictionary<string, string?>
        {
            ["Roster:Graph:BaseUrl"] = graph.BaseUrl,
            ["Roster:Graph:AuthorityHost"] = graph.AuthorityHost,
            ["Roster:Graph:CouncilGroupId"] = FakeGraphDirectory.CouncilGroupId,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var bot = new BotApplication(channel, azurite.ConnectionString, AzuriteServer.NewTablePrefix(), settings,
            services => services.AddRosterImport(configuration));
        bot.CreateClient().Dispose();

        var read = await bot.Services.GetRequiredService<GraphRosterReader>().ReadAsync(BotApplication.TenantId, CancellationToken.None);
        Assert.True(read.Succeeded, read.Error?.ToString());
        var report = await bot.Services.GetRequiredService<RosterImporter>()
            .ImportAsync(BotApplication.TenantId, "td-2013", read.Rows, [], DateTimeOffset.UnixEpoch, CancellationToken.None);

        Assert.Equal(28, report.Added.Count);
        Assert.Equal(BotApplication.AppId, Assert.Single(graph.TokenRequests)["client_id"]);
        var people = await bot.Services.GetRequiredService<RosterStore>().ListPeopleAsync(BotApplication.TenantId, "td-2013", CancellationToken.None);
        Assert.Equal(28, people.Count);
    }

    [Fact]
    public async Task A_bad_graph_setting_stops_the_bot_at_start()
    {
        var azurite = await AzuriteServer.GetAsync();
        await using var channel = await FakeTeamsChannel.StartAsync();
        var settings = new Dictionary<string, string?> { ["Roster:Graph:BaseUrl"] = "http://graph.example/v1.0" };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var bot = new BotApplication(channel, azurite.ConnectionString, AzuriteServer.NewTablePrefix(), settings,
            services => services.AddRosterImport(configuration));

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        Assert.Contains("Roster:Graph:BaseUrl", error.ToString());
    }
}
