using System.Threading.Channels;
using ThiDuaBot.Storage.Outbox;

namespace ThiDuaBot.Bot.Outbox;

/// <summary>
/// Deletes the queue messages of rows that need no more work, in the background: a sender hands the message over
/// (<see cref="Delete"/>, which never waits) and goes on to its next row, so a queue service that pauses (Azurite's
/// does, for 10 s and more, about once a minute) holds up no send. A few tasks drain the hand-over, each retrying a
/// failed delete twice; the hand-over is bounded by <see cref="Capacity"/>, and a delete that does not fit is dropped.
/// </summary>
/// <remarks>
/// A delete that never happens (dropped, failed, or left when the host stops) is harmless: the row is final, so the
/// message comes back when its visibility ends and whoever receives it deletes it without sending
/// (<see cref="OutboxSender.ProcessAsync"/>). The status row, not the queue, says what was sent.
/// </remarks>
public sealed class OutboxDeleter(OutboxQueue queue, TimeProvider time, ILogger<OutboxDeleter> logger)
{
    /// <summary>Deletes waiting at most: over three minutes of Teams' 50 sends a second.</summary>
    public const int Capacity = 10_000;

    /// <summary>Deletes at once. One keeps up with 50 a second; the others catch up after a pause of the queue.</summary>
    private const int Parallelism = 4;

    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];

    private readonly Channel<ReceivedOutboxMessage> _pending = Channel.CreateBounded<ReceivedOutboxMessage>(Capacity);

    /// <summary>Hands <paramref name="message"/> over for deleting; returns at once.</summary>
    public void Delete(ReceivedOutboxMessage message)
    {
        if (!_pending.Writer.TryWrite(message))
        {
            logger.LogDebug("Outbox message {MessageId} not handed over for deleting (full or stopped); it comes back and is deleted then", message.MessageId);
        }
    }

    /// <summary>
    /// Deletes what is handed over until <see cref="StopAsync"/> is called and everything is done, or until
    /// <paramref name="abandon"/> is cancelled.
    /// </summary>
    public Task RunAsync(CancellationToken abandon) =>
        Task.WhenAll(Enumerable.Range(0, Parallelism).Select(_ => DrainAsync(abandon)));

    /// <summary>
    /// Takes no more deletes and waits up to <paramref name="timeout"/> for <paramref name="running"/> (the task of
    /// <see cref="RunAsync"/>) to finish those handed over; then cancels <paramref name="abandon"/>, so what is left
    /// is dropped. Returns how many were left.
    /// </summary>
    public async Task<int> StopAsync(Task running, TimeSpan timeout, CancellationTokenSource abandon)
    {
        _pending.Writer.TryComplete();
        try
        {
            await running.WaitAsync(timeout, time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await abandon.CancelAsync().ConfigureAwait(false);
            await running.ConfigureAwait(false);
        }
        var left = 0;
        while (_pending.Reader.TryRead(out _))
        {
            left++;
        }
        if (left > 0)
        {
            logger.LogWarning("Outbox: {Count} queue messages of finished rows not deleted before stopping; they come back and are deleted then", left);
        }
        return left;
    }

    private async Task DrainAsync(CancellationToken abandon)
    {
        await Task.Yield();
        try
        {
            while (await _pending.Reader.WaitToReadAsync(abandon).ConfigureAwait(false))
            {
                while (_pending.Reader.TryRead(out var message))
                {
                    await DeleteWithRetriesAsync(message, abandon).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (abandon.IsCancellationRequested)
        {
        }
    }

    private async Task DeleteWithRetriesAsync(ReceivedOutboxMessage message, CancellationToken abandon)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await queue.DeleteAsync(message, abandon).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !abandon.IsCancellationRequested)
            {
                if (attempt >= RetryDelays.Length)
                {
                    // Storage down or unreachable (Azure.Core already retried each attempt).
                    logger.LogWarning(ex, "Outbox message {MessageId} not deleted; it comes back and is deleted then", message.MessageId);
                    return;
                }
                await Task.Delay(RetryDelays[attempt], time, abandon).ConfigureAwait(false);
            }
        }
    }
}
