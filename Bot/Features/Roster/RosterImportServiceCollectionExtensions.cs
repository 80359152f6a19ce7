using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Roster;

public static class RosterImportServiceCollectionExtensions
{
    /// <summary>
    /// Roster import: <see cref="RosterImporter"/> (and <see cref="RosterStore"/>), <see cref="GraphRosterReader"/> and the
    /// <see cref="GraphClients"/> it signs in with, its options from <c>Roster:Graph</c> (validated at start) and two HttpClients: <c>graph</c>, carrying the Graph
    /// SDK's default handlers (retry with Retry-After, redirect…), and <c>graph-login</c> for Azure.Identity.
    /// Expects <c>AddBotFrameworkProtocol</c> for the bot's credentials.
    /// </summary>
    public static IServiceCollection AddRosterImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphRosterOptions>()
            .Bind(configuration.GetSection(GraphRosterOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphRosterOptions>, GraphRosterOptionsValidator>());

        services.AddHttpClient(GraphClients.HttpClientName)
            .ConfigureAdditionalHttpMessageHandlers((handlers, _) =>
            {
                foreach (var handler in GraphClientFactory.CreateDefaultHandlers())
                {
                    handlers.Add(handler);
                }
            });
        services.AddHttpClient(GraphClients.LoginHttpClientName);

        services.TryAddSingleton<RosterStore>();
        services.TryAddSingleton<GraphClients>();
        services.TryAddSingleton<GraphRosterReader>();
        services.TryAddSingleton<RosterImporter>();
        return services;
    }
}
