using ThiDuaBot.Storage;

namespace ThiDuaBot.Bot.Hosting;

/// <summary>Creates the tables on start, so a fresh storage account (or Azurite) needs no setup.</summary>
public sealed class StorageInitializer(Tables tables, ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Storage tables are ready");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
