using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using ThiDuaBot.Storage.Outbox;

namespace ThiDuaBot.Bot.Outbox;

/// <summary>
/// The outbox worker of one instance: keeps up to <see cref="OutboxOptions.PrefetchCount"/> queue messages received
/// ahead in a buffer, from which <see cref="OutboxOptions.Concurrency"/> senders take them one at a time
/// (<see cref="OutboxSender"/>); runs the <see cref="OutboxDeleter"/> that deletes the messages of finished rows, and
/// the sweeper every <see cref="OutboxOptions.SweepInterval"/>. Neither a sender nor the buffer waits for the queue
/// while it has messages in hand, so a pause of the queue service (Azurite's last 10 s and more) costs no sends as
/// long as the buffer lasts. On shutdown it stops receiving, lets the sends in flight finish, makes the buffered
/// messages visible again and gives the pending deletes a few seconds; a row it could not finish keeps its lease,
/// which lapses so another instance takes it over.
/// </summary>
/// <remarks>
/// How long a received message stays hidden, and why, is on <see cref="OutboxOptions.PrefetchCount"/>.
/// </remarks>
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
    /// <summary>On shutdown, how long the buffered messages are given to be made visible, and the pending deletes to be done.</summary>
    private static readonly TimeSpan ShutdownStorageTime = TimeSpan.FromSeconds(5);
    private const int PutBackParallelism = 16;

    private readonly OutboxOptions _options = options.Value;

    /// <summary>A received message and the time until which it is hidden by this host's clock (from just before the receive).</summary>
    private sealed record Prefetched(ReceivedOutboxMessage Message, DateTimeOffset HiddenUntil);

    /// <summary>
    /// Messages kept received: <see cref="OutboxOptions.PrefetchCount"/>, or fewer if that many would not drain in a
    /// quarter of a lease at the tenant's rate (see there).
    /// </summary>
    private int BufferSize => (int)Math.Clamp(_options.TenantRequestsPerSecond * _options.LeaseDuration.TotalSeconds / 4, 1, _options.PrefetchCount);

    /// <summary>Messages per receive: a whole page, or half the buffer when it is smaller than a page.</summary>
    private int Page => Math.Min(OutboxQueue.MaxReceiveCount, Math.Max(1, BufferSize / 2));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            logger.LogInformation("Outbox worker is off (Outbox:Enabled=false)");
            return;
        }
        await Task.Yield();
        await queue.EnsureCreatedAsync(stoppingToken).ConfigureAwait(false);
        logger.LogInformation("Outbox worker {Instance} started: {Concurrency} at once, {Prefetch} received ahead, lease {Lease}, ambiguous sends: {Policy}",
            sender.InstanceId, _options.Concurrency, BufferSize, _options.LeaseDuration, _options.AmbiguousSend);
        if (BufferSize < _options.PrefetchCount)
        {
            logger.LogWarning("Outbox: {Prefetch} messages received ahead (Outbox:PrefetchCount) would not drain in a quarter of the lease at {Rate} a second; keeping {Kept}",
                _options.PrefetchCount, _options.TenantRequestsPerSecond, BufferSize);
        }

        using var abandonDeletes = new CancellationTokenSource();
        var deleting = deleter.RunAsync(abandonDeletes.Token);
        var sweeping = SweepLoopAsync(stoppingToken);
        var buffer = Channel.CreateBounded<Prefetched>(new BoundedChannelOptions(BufferSize) { SingleWriter = true });
        var notStarted = new ConcurrentQueue<ReceivedOutboxMessage>();
        var senders = Enumerable.Range(0, _options.Concurrency).Select(_ => SendLoopAsync(buffer.Reader, notStarted, stoppingToken)).ToList();
        try
        {
            await ReceiveLoopAsync(buffer, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        buffer.Writer.TryComplete();
        logger.LogInformation("Outbox worker stopping; letting the sends in flight finish");
        await Task.WhenAll(senders).ConfigureAwait(false);
        await Task.WhenAll(
            PutBackAsync(buffer.Reader, notStarted),
            deleter.StopAsync(deleting, ShutdownStorageTime, abandonDeletes)).ConfigureAwait(false);
        await sweeping.ConfigureAwait(false);
    }

    /// <summary>Tops the buffer up a page at a time whenever a whole page fits; waits for a signal or a poll when the queue is empty.</summary>
    private async Task ReceiveLoopAsync(Channel<Prefetched> buffer, CancellationToken stoppingToken)
    {
        var (size, page) = (BufferSize, Page);
        while (!stoppingToken.IsCancellationRequested)
        {
            var room = size - buffer.Reader.Count;
            if (room < page)
            {
                await Task.Delay(BufferCheck, time, stoppingToken).ConfigureAwait(false);
                continue;
            }
            IReadOnlyList<ReceivedOutboxMessage> messages;
            var hiddenUntil = time.GetUtcNow() + OutboxQueue.Visibility(_options.LeaseDuration);
            try
            {
                messages = await queue.ReceiveAsync(Math.Min(room, OutboxQueue.MaxReceiveCount), _options.LeaseDuration, stoppingToken).ConfigureAwait(false);
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
                // Only this loop writes, and it asked for no more than there is room for: this never waits.
                await buffer.Writer.WriteAsync(new Prefetched(message, hiddenUntil), stoppingToken).ConfigureAwait(false);
            }
            if (messages.Count == 0)
            {
                await signal.WaitAsync(_options.PollInterval, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task SendLoopAsync(ChannelReader<Prefetched> buffer, ConcurrentQueue<ReceivedOutboxMessage> notStarted, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            while (await buffer.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                if (buffer.TryRead(out var prefetched))
                {
                    await RunAsync(prefetched, notStarted, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunAsync(Prefetched prefetched, ConcurrentQueue<ReceivedOutboxMessage> notStarted, CancellationToken stoppingToken)
    {
        var message = prefetched.Message;
        try
        {
            if (await StillHiddenAsync(prefetched, stoppingToken).ConfigureAwait(false) is not { } hidden)
            {
                return;
            }
            message = hidden;
            await sender.ProcessAsync(message, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before the row was claimed (a claimed row is handed back by the sender itself): made visible
            // again with the buffered ones. Should the claim's write have landed all the same, whoever receives the
            // message finds the row leased and puts it off until the lease lapses.
            notStarted.Enqueue(message);
        }
        catch (Exception ex)
        {
            // Storage trouble and the like: the message comes back when its visibility ends, the row's lease lapses.
            logger.LogError(ex, "Outbox message {MessageId} failed; it will come back", message.MessageId);
        }
    }

    /// <summary>
    /// The message to work on, hidden for at least half a lease more: a message that waited in the buffer for over half
    /// a lease (with the defaults a message waits about 20 s; this takes a minute) is hidden for a whole lease again
    /// first, one queue call. Null when it is no longer ours or the queue cannot be reached: it comes back when its
    /// visibility ends.
    /// </summary>
    private async Task<ReceivedOutboxMessage?> StillHiddenAsync(Prefetched prefetched, CancellationToken stoppingToken)
    {
        if (prefetched.HiddenUntil - time.GetUtcNow() >= _options.LeaseDuration / 2)
        {
            return prefetched.Message;
        }
        try
        {
            var extended = await queue.ExtendAsync(prefetched.Message, _options.LeaseDuration, stoppingToken).ConfigureAwait(false);
            if (extended is null)
            {
                logger.LogInformation("Outbox message {MessageId} waited too long in the buffer and is no longer ours; left to whoever has it", prefetched.Message.MessageId);
            }
            return extended;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Outbox message {MessageId} waited too long in the buffer and could not be kept hidden; it will come back", prefetched.Message.MessageId);
            return null;
        }
    }

    /// <summary>
    /// Messages received and not started (still buffered, or stopped before their row was claimed): visible again at
    /// once, for another instance. Those not done within a few seconds come back when their visibility ends.
    /// </summary>
    private async Task PutBackAsync(ChannelReader<Prefetched> buffer, ConcurrentQueue<ReceivedOutboxMessage> notStarted)
    {
        var unstarted = notStarted.ToList();
        while (buffer.TryRead(out var prefetched))
        {
            unstarted.Add(prefetched.Message);
        }
        if (unstarted.Count == 0)
        {
            return;
        }
        using var giveUp = new CancellationTokenSource(ShutdownStorageTime, time);
        var putBack = 0;
        try
        {
            await Parallel.ForEachAsync(
                unstarted,
                new ParallelOptions { MaxDegreeOfParallelism = PutBackParallelism, CancellationToken = giveUp.Token },
                async (message, ct) =>
                {
                    if (await queue.DelayAsync(message, TimeSpan.Zero, ct).ConfigureAwait(false))
                    {
                        Interlocked.Increment(ref putBack);
                    }
                }).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogWarning(ex, "Outbox: {Count} of {Unstarted} received messages made visible again before stopping; the rest come back when their visibility ends",
                putBack, unstarted.Count);
            return;
        }
        logger.LogInformation("Outbox: {Count} received messages made visible again", putBack);
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
