using Microsoft.Extensions.Options;
using ThiDuaBot.Storage;
using ThiDuaBot.Storage.Outbox;

namespace ThiDuaBot.Bot.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// The durable outbox: <see cref="OutboxService"/> to enqueue and read progress, and (unless
    /// <c>Outbox:Enabled=false</c>) the <see cref="OutboxWorker"/>. Needs the storage and protocol registrations.
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>()
            .Bind(configuration.GetSection(OutboxOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidator>();

        services.AddHttpClient(OutboxConnector.HttpClientName)
            .ConfigureHttpClient((sp, client) => client.Timeout = sp.GetRequiredService<IOptions<OutboxOptions>>().Value.SendTimeout);
        services.AddSingleton<OutboxConnector>();

        services.AddSingleton<Queues>();
        services.AddSingleton<OutboxQueue>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxRateLimiter>();
        services.AddSingleton<OutboxService>();
        services.AddSingleton<OutboxDeleter>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<OutboxSweeper>();
        services.AddHostedService<OutboxStorageInitializer>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
