using ThiDuaBot.Storage.Outbox;

namespace ThiDuaBot.Bot.Outbox;

/// <summary>Creates the outbox queue on start (its tables are in <c>TableNames.All</c>), so enqueueing works before the worker runs.</summary>
public sealed class OutboxStorageInitializer(OutboxQueue queue, ILogger<OutboxStorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await queue.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Outbox queue {Queue} is ready", queue.Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
