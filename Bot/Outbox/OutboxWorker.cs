using System.Threading.Channels;
using Microsoft.Extensions.Options;
using ThiDuaBot.Storage.Outbox;

namespace ThiDuaBot.Bot.Outbox;

/// <summary>
/// The outbox worker of one instance: receives queue messages in batches into a small buffer, from which
/// <see cref="OutboxOptions.Concurrency"/> senders take them one at a time (<see cref="OutboxSender"/>); runs the
/// <see cref="OutboxDeleter"/> that deletes the messages of finished rows, and the sweeper every
/// <see cref="OutboxOptions.SweepInterval"/>. On shutdown it stops receiving, lets the sends in flight finish, makes
/// the buffered messages visible again and gives the pending deletes a few seconds; a row it could not finish keeps
/// its lease, which lapses so another instance takes it over.
/// </summary>
public sealed class OutboxWorker(
    OutboxQueue queue,
    OutboxSender sender,
    OutboxDeleter deleter,
    OutboxSweeper sweeper,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan BufferCheck = TimeSpan.FromMilliseconds(20);
    /// <summary>On shutdown, how long the pending deletes are given.</summary>
    private static readonly TimeSpan ShutdownStorageTime = TimeSpan.FromSeconds(5);
    private readonly OutboxOptions _options = options.Value;

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

        using var abandonDeletes = new CancellationTokenSource();
        var deleting = deleter.RunAsync(abandonDeletes.Token);
        var sweeping = SweepLoopAsync(stoppingToken);
        // Received messages wait in a small buffer for the senders: receiving a full batch at a time costs the queue
        // service far less than a receive per free sender (a receive sorts the queue's visible messages).
        var buffer = Channel.CreateBounded<ReceivedOutboxMessage>(OutboxQueue.MaxReceiveCount);
        var senders = Enumerable.Range(0, _options.Concurrency).Select(_ => SendLoopAsync(buffer.Reader, stoppingToken)).ToList();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var room = OutboxQueue.MaxReceiveCount - buffer.Reader.Count;
                if (room < OutboxQueue.MaxReceiveCount / 2)
                {
                    await Task.Delay(BufferCheck, time, stoppingToken).ConfigureAwait(false);
                    continue;
                }
                IReadOnlyList<ReceivedOutboxMessage> messages;
                try
                {
                    messages = await queue.ReceiveAsync(room, _options.LeaseDuration, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // Storage down or unreachable (Azure.Core gives up with RequestFailedException or AggregateException):
                    // keep the worker, and the host, alive and try again.
                    logger.LogWarning(ex, "Outbox queue could not be read; trying again");
                    await Task.Delay(_options.PollInterval, time, stoppingToken).ConfigureAwait(false);
                    continue;
                }
                foreach (var message in messages)
                {
                    await buffer.Writer.WriteAsync(message, stoppingToken).ConfigureAwait(false);
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

        buffer.Writer.TryComplete();
        logger.LogInformation("Outbox worker stopping; letting the sends in flight finish");
        await Task.WhenAll(senders).ConfigureAwait(false);
        // Messages received but not started: visible again at once, for another instance.
        while (buffer.Reader.TryRead(out var unstarted))
        {
            try
            {
                await queue.DelayAsync(unstarted, TimeSpan.Zero, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                break; // they come back when their visibility ends
            }
        }
        await deleter.StopAsync(deleting, ShutdownStorageTime, abandonDeletes).ConfigureAwait(false);
        await sweeping.ConfigureAwait(false);
    }

    private async Task SendLoopAsync(ChannelReader<ReceivedOutboxMessage> buffer, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            while (await buffer.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                if (buffer.TryRead(out var message))
                {
                    await RunAsync(message, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunAsync(ReceivedOutboxMessage message, CancellationToken stoppingToken)
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
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
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
