using ThiDuaBot.Storage;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Conversations;
using ThiDuaBot.Storage.Installs;
using ThiDuaBot.Storage.Launches;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.Storage.Tenants;

namespace ThiDuaBot.Bot.Hosting;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Azure Tables from <c>ConnectionStrings:Storage</c> (default Azurite) and the <c>Storage</c> section.</summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection("Storage"))
            .Configure(options =>
            {
                var connectionString = configuration.GetConnectionString("Storage");
                if (!string.IsNullOrWhiteSpace(connectionString))
                {
                    options.ConnectionString = connectionString;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<Tables>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<RosterStore>();
        services.AddSingleton<CampaignStore>();
        services.AddSingleton<TenantSettingsStore>();
        services.AddSingleton<PendingInstallStore>();
        services.AddSingleton<PledgeStore>();
        services.AddSingleton<PledgeLaunchStore>();
        services.AddSingleton<ProgressStore>();
        services.AddSingleton<ThiDuaBot.Storage.Charts.ChartStore>();
        services.AddHostedService<StorageInitializer>();
        return services;
    }
}
