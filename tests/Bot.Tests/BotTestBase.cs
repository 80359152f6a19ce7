using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaBot.Storage;
using ThiDuaBot.TestSupport.Azurite;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests;

/// <summary>A fresh fake Teams channel, a fresh table prefix on the shared Azurite and the real bot, per test.</summary>
public abstract class BotTestBase : IAsyncLifetime
{
    private readonly List<BotApplication> _extraBots = [];

    protected FakeTeamsChannel Channel { get; private set; } = null!;
    protected BotApplication Bot { get; set; } = null!;
    protected string StorageConnectionString { get; private set; } = null!;

    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    /// <summary>The host environment of <see cref="Bot"/>: Development lets a test run it without channel tokens.</summary>
    protected virtual string Environment => "Production";

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        var azurite = await AzuriteServer.GetAsync();
        StorageConnectionString = azurite.ConnectionString;
        Channel = await FakeTeamsChannel.StartAsync();
        Bot = new BotApplication(Channel, StorageConnectionString, AzuriteServer.NewTablePrefix(), Settings, ConfigureServices, Environment);
        Bot.CreateClient().Dispose(); // start the host, so tables exist before the test
    }

    public async Task DisposeAsync()
    {
        foreach (var bot in _extraBots)
        {
            await bot.DisposeAsync();
        }
        await Bot.DisposeAsync();
        await Channel.DisposeAsync();
    }

    /// <summary>
    /// Another instance of the bot on the same fake channel and storage, with <paramref name="settings"/> over the
    /// defaults of <see cref="BotApplication"/>; not started yet (it starts on first use), disposed after the test.
    /// </summary>
    protected BotApplication CreateBot(IReadOnlyDictionary<string, string?> settings, string environment = "Production")
    {
        var bot = new BotApplication(Channel, StorageConnectionString, AzuriteServer.NewTablePrefix(), settings, environment: environment);
        _extraBots.Add(bot);
        return bot;
    }

    /// <summary>
    /// Another instance of the same bot: same fake channel, same storage and table prefix (so it shares every table and
    /// queue with <see cref="Bot"/>), with <paramref name="settings"/> over the defaults and <paramref name="services"/>
    /// over its services; disposed after the test.
    /// </summary>
    protected BotApplication CreateInstanceOnSameStorage(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        var bot = new BotApplication(Channel, StorageConnectionString, Bot.TablePrefix, settings, services);
        _extraBots.Add(bot);
        return bot;
    }

    protected Task<HttpResponseMessage> SendAsync(JsonObject activity) => Bot.PostActivityAsync(activity, Bot.ValidToken());

    /// <summary>Posts <paramref name="body"/> as it is (text no serializer would write: lone surrogates, duplicate names).</summary>
    protected async Task<HttpResponseMessage> SendRawAsync(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", Bot.ValidToken());
        return await Bot.CreateClient().SendAsync(request);
    }

    /// <summary>Every row the bot has stored in any of its tables.</summary>
    protected async Task<int> CountStoredRowsAsync()
    {
        var service = new TableServiceClient(StorageConnectionString);
        var count = 0;
        foreach (var name in TableNames.All)
        {
            await foreach (var _ in service.GetTableClient(Bot.TablePrefix + name).QueryAsync<TableEntity>())
            {
                count++;
            }
        }
        return count;
    }

    protected T Service<T>() where T : notnull => Bot.Services.GetRequiredService<T>();

    /// <summary>Activities the bot sent to the fake Connector (send, reply, update).</summary>
    protected IReadOnlyList<RecordedRequest> SentActivities() =>
        Channel.ConnectorRequests.Where(r => r.Method is "POST" or "PUT" && r.Path.Contains("/activities", StringComparison.Ordinal)).ToList();

    protected static string? CardText(RecordedRequest sent) =>
        sent.BodyObject?["attachments"]?[0]?["content"]?.ToJsonString(ThiDuaBot.Bot.Protocol.ProtocolJson.Options);
}
