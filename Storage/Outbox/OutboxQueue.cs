using System.Text.Json;
using Azure;
using Azure.Storage.Queues;

namespace ThiDuaBot.Storage.Outbox;

/// <summary>
/// The outbox's Azure Storage queue: one message per row that needs a worker. A message received is invisible to
/// others until its visibility timeout ends, so a worker that dies hands its rows on without anyone noticing.
/// Messages never expire (time to live -1): a row may wait a long time for a retry.
/// </summary>
public sealed class OutboxQueue
{
    public const string LogicalName = "outbox";

    /// <summary>Azure Storage's limits: at most 32 messages per receive, and 7 days of visibility timeout.</summary>
    public const int MaxReceiveCount = 32;
    public static readonly TimeSpan MaxVisibilityTimeout = TimeSpan.FromDays(7);

    private static readonly TimeSpan NeverExpires = TimeSpan.FromSeconds(-1);
    private readonly QueueClient _queue;

    public OutboxQueue(Queues queues)
    {
        _queue = queues.Get(LogicalName);
    }

    public OutboxQueue(QueueClient queue)
    {
        _queue = queue;
    }

    public string Name => _queue.Name;

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken) =>
        await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>Puts a message for the row, visible after <paramref name="delay"/> (zero: at once).</summary>
    public async Task SendAsync(OutboxMessage message, TimeSpan delay, CancellationToken cancellationToken)
    {
        var text = JsonSerializer.Serialize(message, StorageJson.Options);
        await _queue.SendMessageAsync(text, Clamp(delay), NeverExpires, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Up to <paramref name="maxMessages"/> visible messages, each hidden from others for <paramref name="visibilityTimeout"/>.</summary>
    public async Task<IReadOnlyList<ReceivedOutboxMessage>> ReceiveAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken)
    {
        var response = await _queue.ReceiveMessagesAsync(Math.Clamp(maxMessages, 1, MaxReceiveCount), Visibility(visibilityTimeout), cancellationToken).ConfigureAwait(false);
        return response.Value.Select(m => new ReceivedOutboxMessage(Parse(m.Body), m.MessageId, m.PopReceipt, m.DequeueCount)).ToList();
    }

    /// <summary>Makes a received message visible again after <paramref name="delay"/>; false when the message is no longer ours.</summary>
    public async Task<bool> DelayAsync(ReceivedOutboxMessage message, TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: Clamp(delay), cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 400 or 404)
        {
            // Its visibility ended and someone else received it (new pop receipt), or it was deleted.
            return false;
        }
    }

    /// <summary>
    /// Keeps a received message hidden for <paramref name="visibilityTimeout"/> from now. Returns it with its new pop
    /// receipt (the old one no longer works), or null when the message is no longer ours.
    /// </summary>
    public async Task<ReceivedOutboxMessage?> ExtendAsync(ReceivedOutboxMessage message, TimeSpan visibilityTimeout, CancellationToken cancellationToken)
    {
        try
        {
            var receipt = await _queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: Visibility(visibilityTimeout), cancellationToken: cancellationToken).ConfigureAwait(false);
            return message with { PopReceipt = receipt.Value.PopReceipt };
        }
        catch (RequestFailedException ex) when (ex.Status is 400 or 404)
        {
            return null;
        }
    }

    /// <summary>Deletes a received message; a message already gone is fine.</summary>
    public async Task DeleteAsync(ReceivedOutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 400 or 404)
        {
        }
    }

    /// <summary>Messages waiting (visible or not), as Azure Storage estimates it.</summary>
    public async Task<int> ApproximateCountAsync(CancellationToken cancellationToken) =>
        (await _queue.GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value.ApproximateMessagesCount;

    /// <summary>Deletes every message (tests and benchmarks simulate a lost message with it).</summary>
    public async Task ClearAsync(CancellationToken cancellationToken) =>
        await _queue.ClearMessagesAsync(cancellationToken).ConfigureAwait(false);

    private static OutboxMessage? Parse(BinaryData body)
    {
        try
        {
            var message = JsonSerializer.Deserialize<OutboxMessage>(body.ToString(), StorageJson.Options);
            return message is { BatchId.Length: > 0, Key.Length: > 0 } ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The visibility timeout the service applies when asked for <paramref name="requested"/>: whole seconds (the SDK drops the fraction), at most 7 days.</summary>
    public static TimeSpan Visibility(TimeSpan requested) => TimeSpan.FromSeconds(Math.Floor(Clamp(requested).TotalSeconds));

    private static TimeSpan Clamp(TimeSpan delay) =>
        delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxVisibilityTimeout ? MaxVisibilityTimeout : delay;
}
