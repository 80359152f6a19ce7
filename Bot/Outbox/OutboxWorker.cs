using Azure;
using Microsoft.Extensions.Options;
using ThiDuaBot.Storage.Outbox;

namespace ThiDuaBot.Bot.Outbox;

/// <summary>
/// The outbox worker of one instance: receives queue messages while it has room (at most
/// <see cref="OutboxOptions.Concurrency"/> rows in hand), hands each to <see cref="OutboxSender"/>, and runs the
/// sweeper every <see cref="OutboxOptions.SweepInterval"/>. On shutdown it stops receiving and lets the sends in
/// flight finish; rows it could not finish keep their lease, which lapses so another instance takes them over.
/// </summary>
public sealed class OutboxWorker(
    OutboxQueue queue,
    OutboxSender sender,
    OutboxSweeper sweeper,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;
    private readonly HashSet<Task> _inFlight = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            logger.LogInformation("Outbox worker is off (Outbox:Enabled=false)");
            return;
        }
        await Task.Yield();
        await queue.EnsureCreatedAsync(stoppingToken).ConfigureAwait(false);
        logger.LogInformation("Outbox worker {Instance} started: {Concurrency} at once, lease {Lease}, ambiguous sends: {Policy}",
            sender.InstanceId, _options.Concurrency, _options.LeaseDuration, _options.AmbiguousSend);

        var sweeping = SweepLoopAsync(stoppingToken);
        using var slots = new SemaphoreSlim(_options.Concurrency, _options.Concurrency);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                var wanted = 1;
                while (wanted < OutboxQueue.MaxReceiveCount && slots.Wait(0))
                {
                    wanted++;
                }
                IReadOnlyList<ReceivedOutboxMessage> messages;
                try
                {
                    messages = await queue.ReceiveAsync(wanted, _options.LeaseDuration, stoppingToken).ConfigureAwait(false);
                }
                catch (RequestFailedException ex)
                {
                    slots.Release(wanted);
                    logger.LogWarning(ex, "Outbox queue could not be read; trying again");
                    await Task.Delay(_options.PollInterval, time, stoppingToken).ConfigureAwait(false);
                    continue;
                }
                catch
                {
                    slots.Release(wanted);
                    throw;
                }
                if (wanted > messages.Count)
                {
                    slots.Release(wanted - messages.Count);
                }
                foreach (var message in messages)
                {
                    Track(RunAsync(message, slots, stoppingToken));
                }
                if (messages.Count == 0)
                {
                    await signal.WaitAsync(_options.PollInterval, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        Task[] remaining;
        lock (_inFlight)
        {
            remaining = [.. _inFlight];
        }
        logger.LogInformation("Outbox worker stopping; waiting for {Count} sends in flight", remaining.Length);
        await Task.WhenAll(remaining).ConfigureAwait(false);
        await sweeping.ConfigureAwait(false);
    }

    private async Task RunAsync(ReceivedOutboxMessage message, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            await sender.ProcessAsync(message, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before claiming; the message comes back when its visibility ends.
        }
        catch (Exception ex)
        {
            // Storage trouble and the like: the message comes back when its visibility ends, the row's lease lapses.
            logger.LogError(ex, "Outbox message {MessageId} failed; it will come back", message.MessageId);
        }
        finally
        {
            slots.Release();
        }
    }

    private void Track(Task task)
    {
        lock (_inFlight)
        {
            _inFlight.Add(task);
        }
        task.ContinueWith(t =>
        {
            lock (_inFlight)
            {
                _inFlight.Remove(t);
            }
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task SweepLoopAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(_options.SweepInterval, time, stoppingToken).ConfigureAwait(false);
                try
                {
                    await sweeper.SweepAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (RequestFailedException ex)
                {
                    logger.LogWarning(ex, "Outbox sweep failed; trying again next time");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
