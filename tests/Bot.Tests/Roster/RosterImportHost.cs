using System.Net.Security;
using Azure.Data.Tables;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaBot.Bot.Features.Roster;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Roster;

/// <summary>
/// The roster import's services as <see cref="RosterImportServiceCollectionExtensions.AddRosterImport"/> registers them,
/// configured for a <see cref="FakeGraph"/> (whose certificate alone is trusted besides the normal ones) and, when
/// given, tables on Azurite.
/// </summary>
internal static class RosterImportHost
{
    public const string TenantId = BotApplication.TenantId;
    public const string ClientSecret = "test-only-client-secret";

    public static ServiceProvider Create(FakeGraph graph, Tables? tables = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = BotApplication.AppId,
            ["MicrosoftAppPassword"] = ClientSecret,
            ["Roster:Graph:BaseUrl"] = graph.BaseUrl,
            ["Roster:Graph:AuthorityHost"] = graph.AuthorityHost,
            ["Roster:Graph:CouncilGroupId"] = FakeGraphDirectory.CouncilGroupId,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<BotFrameworkOptions>().Bind(configuration);
        services.AddRosterImport(configuration);
        // Tests of the Graph reader alone never touch storage; the placeholder lets every registration be checked on build.
        services.AddSingleton(tables ?? new Tables(new TableServiceClient("UseDevelopmentStorage=true"), "unused"));
        var trusted = graph.Certificate.GetCertHashString();
        services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                    errors == SslPolicyErrors.None || (certificate is X509Certificate presented && presented.GetCertHashString() == trusted),
            },
        }));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
