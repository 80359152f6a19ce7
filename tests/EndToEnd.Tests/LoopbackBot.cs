using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ThiDuaBot.EndToEnd.Tests;

/// <summary>
/// The real bot on a real loopback port (Kestrel, not the in-memory TestServer), as scripts/run.sh runs it:
/// Development, no MicrosoftAppId (so it accepts the Playground's unauthenticated activities), storage in Azurite
/// under its own table prefix.
/// </summary>
internal sealed class LoopbackBot : WebApplicationFactory<Program>
{
    private readonly string _storageConnectionString;
    private readonly string _tablePrefix;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public LoopbackBot(string storageConnectionString, string tablePrefix, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _storageConnectionString = storageConnectionString;
        _tablePrefix = tablePrefix;
        _settings = settings ?? new Dictionary<string, string?>();
        // .NET 10: WebApplicationFactory can host on Kestrel; port 0 lets the OS choose a free port.
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>Starts the bot and returns its <c>/api/messages</c> URL.</summary>
    public Uri Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(new Uri(address), "/api/messages");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("MicrosoftAppId", "");
        builder.UseSetting("ConnectionStrings:Storage", _storageConnectionString);
        builder.UseSetting("Storage:TablePrefix", _tablePrefix);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
