using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Microsoft.Extensions.Options;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Outbox;

namespace ThiDuaBot.Bot.Outbox;

/// <summary>
/// Handles one queue message: reads its row, claims it (ETag, with a lease), waits for a rate-limit slot, creates
/// the 1:1 chat when there is none yet, posts the activity and records the outcome right after. Deleting the message
/// of a finished row is handed to <see cref="OutboxDeleter"/>: the next row does not wait for the queue.
/// </summary>
/// <remarks>
/// <para>Why nothing is sent twice in normal operation: a row is only posted by the worker whose claim (an
/// ETag-conditional write of <c>Sending</c> with its lease) succeeded; a second message for the same row, a second
/// instance or a restarted one finds the row claimed or final and leaves it. A lease lasts at least three Connector
/// timeouts, so a live worker always records its outcome before anyone may take the row over.</para>
/// <para>Why nobody is skipped: the row is written before its queue message, a received message stays hidden only
/// for the lease and comes back if its worker dies, failures are retried through the queue, and the sweeper gives a
/// new message to any open row that lost its own.</para>
/// <para>The window no design can close: Teams' Connector takes no idempotency key and cannot be asked whether it
/// got an activity. If the worker dies (or the POST times out) after the claim for posting and before the outcome is
/// written, the row stays <c>Sending</c> with <see cref="OutboxRecord.Posting"/> set until its lease lapses, and
/// nobody can know whether Teams showed the card. <see cref="OutboxOptions.AmbiguousSend"/> decides: <c>Resend</c>
/// (the default: at-least-once; a pledge or progress card shown twice is harmless, since a card's submission is
/// stored once, while a person silently skipped defeats the campaign) or <c>MarkUncertain</c> (at-most-once; the row
/// is reported for someone to decide). A row is claimed only just before its rate-limit slot (200 ms ahead), so the
/// window spans that lead, the POST and the outcome write: a crash leaves about (rate × that time) rows in it, a
/// handful at Teams' 50 per second. A claim that covers only creating the 1:1 chat is not ambiguous: creating it
/// again returns the same chat.</para>
/// </remarks>
public sealed class OutboxSender
{
    /// <summary>A row due this soon is worked on now rather than put back (clocks of the queue and this host differ a little).</summary>
    private static readonly TimeSpan DueTolerance = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan[] WriteRetryDelays = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)];
    private const int MaxLookAgain = 5;
    /// <summary>How long before its rate-limit slot a row is claimed: room for the claim's write, so the call still goes on time.</summary>
    private static readonly TimeSpan ClaimLead = TimeSpan.FromMilliseconds(200);

    private readonly OutboxStore _store;
    private readonly OutboxQueue _queue;
    private readonly OutboxDeleter _deleter;
    private readonly OutboxRateLimiter _limits;
    private readonly OutboxConnector _connector;
    private readonly OutboxOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxSender> _logger;

    public OutboxSender(OutboxStore store, OutboxQueue queue, OutboxDeleter deleter, OutboxRateLimiter limits, OutboxConnector connector, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxSender> logger)
    {
        _store = store;
        _queue = queue;
        _deleter = deleter;
        _limits = limits;
        _connector = connector;
        _options = options.Value;
        _time = time;
        _logger = logger;
        InstanceId = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
    }

    /// <summary>Who holds a lease: host, process and a per-instance id.</summary>
    public string InstanceId { get; }

    private DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>
    /// Works on the row of <paramref name="message"/>. <paramref name="stopping"/> interrupts waiting (before the claim,
    /// or for a rate-limit slot); a Connector call once started, and the recording of its outcome, always finish.
    /// </summary>
    public async Task ProcessAsync(ReceivedOutboxMessage message, CancellationToken stopping)
    {
        if (message.Body is not { } body)
        {
            _logger.LogWarning("Outbox message {MessageId} is unreadable; deleted", message.MessageId);
            _deleter.Delete(message);
            return;
        }

        for (var look = 0; look < MaxLookAgain; look++)
        {
            var row = await _store.GetAsync(body.BatchId, body.Key, stopping).ConfigureAwait(false);
            var now = Now;
            if (row is null)
            {
                _logger.LogWarning("Outbox message for {BatchId}/{Key} has no row; deleted", body.BatchId, body.Key);
                _deleter.Delete(message);
                return;
            }
            if (row.Status.IsFinal())
            {
                // Done already: a second message for the row, or this one's delete never happened. Nothing to send.
                _deleter.Delete(message);
                return;
            }
            if (row.Status == OutboxStatus.Sending && row.LeaseExpiresAt > now)
            {
                // Someone holds it; look again once the lease would have lapsed.
                await _queue.DelayAsync(message, row.LeaseExpiresAt.Value - now + TimeSpan.FromSeconds(1), stopping).ConfigureAwait(false);
                return;
            }
            if (row.Status != OutboxStatus.Sending && row.DueAt > now + DueTolerance)
            {
                await _queue.DelayAsync(message, row.DueAt - now, stopping).ConfigureAwait(false);
                return;
            }
            if (row.Status == OutboxStatus.Sending)
            {
                if (row.Posting && _options.AmbiguousSend == AmbiguousSendPolicy.MarkUncertain)
                {
                    var reason = $"the worker {row.LeaseOwner} stopped while posting; Teams may or may not have shown it (not resent: Outbox:AmbiguousSend=MarkUncertain)";
                    if (await FinishAsync(message, row, OutboxStatus.Uncertain, null, reason, stopping).ConfigureAwait(false) is null)
                    {
                        continue;
                    }
                    _logger.LogWarning("Outbox {BatchId}/{Key} is uncertain: its worker stopped while posting", row.BatchId, row.Key);
                    return;
                }
                _logger.LogWarning(
                    row.Posting
                        ? "Outbox {BatchId}/{Key}: the lease of {Owner} lapsed while posting; sending again (Outbox:AmbiguousSend=Resend), it may arrive twice"
                        : "Outbox {BatchId}/{Key}: the lease of {Owner} lapsed before posting; taking over",
                    row.BatchId, row.Key, row.LeaseOwner);
            }
            if (now - row.CreatedAt > _options.GiveUpAfter)
            {
                await FinishAsync(message, row, OutboxStatus.Failed, row.LastStatusCode, $"not sent within {_options.GiveUpAfter} (Outbox:GiveUpAfter); last error: {row.LastError}", stopping).ConfigureAwait(false);
                return;
            }

            // Take a place in the rate limits first, and claim the row only just before that place comes: the claim
            // (and so the window in which a crash leaves the row ambiguous) then lasts little longer than the call.
            var creating = row.ConversationId is null;
            var slot = await _limits.ReserveAsync(row.TenantId, ConversationKey(row), now + _options.LeaseDuration / 2, stopping).ConfigureAwait(false);
            using (slot)
            {
                if (!slot.IsReserved)
                {
                    // Throttled for a long while: come back when a slot opens; the row is untouched.
                    await _queue.DelayAsync(message, slot.At - Now, stopping).ConfigureAwait(false);
                    return;
                }
                await slot.WaitUntilAsync(slot.At - ClaimLead, stopping).ConfigureAwait(false);
                var claim = row with
                {
                    Status = OutboxStatus.Sending,
                    LeaseOwner = InstanceId,
                    LeaseExpiresAt = Now + _options.LeaseDuration,
                    Posting = !creating,
                    Attempts = row.Attempts + 1,
                    UpdatedAt = Now,
                };
                var claimed = await _store.TryReplaceAsync(claim, stopping).ConfigureAwait(false);
                if (claimed is null)
                {
                    continue; // changed since we read it (another worker): look again
                }
                await SendClaimedAsync(message, claimed, slot, stopping).ConfigureAwait(false);
                return;
            }
        }
        // Kept changing under us: the message comes back when its visibility ends.
    }

    private async Task SendClaimedAsync(ReceivedOutboxMessage message, OutboxRecord row, RateSlot slot, CancellationToken stopping)
    {
        var connector = _connector.Create();
        if (row.ConversationId is null)
        {
            if (!await UseSlotAsync(message, row, slot, stopping).ConfigureAwait(false))
            {
                return;
            }
            var memberId = row.UserId ?? row.UserAadObjectId ?? "";
            var parameters = new ConversationParameters(
                Bot: new ChannelAccount { Id = row.BotId },
                Members: [new ChannelAccount { Id = memberId }],
                IsGroup: false,
                TenantId: row.TenantId,
                ChannelData: new JsonObject { ["tenant"] = new JsonObject { ["id"] = row.TenantId } });
            var created = await connector.CreateConversationAsync(row.ServiceUrl, parameters, CancellationToken.None).ConfigureAwait(false);
            if (!created.IsOk || string.IsNullOrEmpty(created.Value?.Id))
            {
                await RecordFailureAsync(message, row, ConversationKey(row), created.Outcome, created.StatusCode, created.RetryAfter,
                    created.IsOk ? "the created conversation has no id" : created.Error, created.MayHaveReachedService, creating: true).ConfigureAwait(false);
                return;
            }
            row = row with { ConversationId = created.Value.Id, ConversationCreated = true };

            RateSlot postSlot;
            try
            {
                postSlot = await _limits.ReserveAsync(row.TenantId, row.ConversationId, row.LeaseExpiresAt!.Value - 2 * _options.SendTimeout, stopping).ConfigureAwait(false);
                if (!postSlot.IsReserved)
                {
                    await HandBackAsync(message, row, postSlot.At).ConfigureAwait(false);
                    return;
                }
                await postSlot.WaitUntilAsync(postSlot.At - ClaimLead, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                await HandBackAsync(message, row, Now).ConfigureAwait(false);
                return;
            }
            using (postSlot)
            {
                // Keep the chat on the row (a retry posts to it instead of creating it again) and extend the claim to
                // posting, in one write.
                var posting = await WriteAsync(row with { Posting = true, LeaseExpiresAt = Now + _options.LeaseDuration, UpdatedAt = Now }).ConfigureAwait(false);
                if (posting is null)
                {
                    return;
                }
                await PostAsync(message, posting, postSlot, connector, stopping).ConfigureAwait(false);
            }
            return;
        }
        await PostAsync(message, row, slot, connector, stopping).ConfigureAwait(false);
    }

    private async Task PostAsync(ReceivedOutboxMessage message, OutboxRecord row, RateSlot slot, ConnectorClient connector, CancellationToken stopping)
    {
        var conversationId = row.ConversationId!;
        Activity activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(row.Activity, ProtocolJson.Options) ?? throw new JsonException("null activity");
        }
        catch (JsonException ex)
        {
            await FinishAsync(message, row, OutboxStatus.Failed, null, "the stored activity is not valid JSON: " + ex.Message, CancellationToken.None).ConfigureAwait(false);
            return;
        }
        activity.Conversation ??= new ConversationAccount();
        activity.Conversation.Id = conversationId;
        if (!await UseSlotAsync(message, row, slot, stopping).ConfigureAwait(false))
        {
            return;
        }

        var sent = await connector.SendToConversationAsync(row.ServiceUrl, conversationId, activity, CancellationToken.None).ConfigureAwait(false);
        if (sent.IsOk)
        {
            var done = await WriteAsync(Released(row) with
            {
                Status = OutboxStatus.Sent,
                SentActivityId = sent.Value?.Id,
                SentAt = Now,
                LastStatusCode = (int?)sent.StatusCode,
                LastError = null,
            }).ConfigureAwait(false);
            if (done is not null)
            {
                _deleter.Delete(message);
            }
            return;
        }
        await RecordFailureAsync(message, row, conversationId, sent.Outcome, sent.StatusCode, sent.RetryAfter, sent.Error, sent.MayHaveReachedService, creating: false).ConfigureAwait(false);
    }

    /// <summary>
    /// Waits for the reserved slot (taking a later one after a 429 pause), early enough to finish under the lease.
    /// When there is none by then, or the host is stopping, hands the claimed row back (not counted as an attempt)
    /// and returns false.
    /// </summary>
    private async Task<bool> UseSlotAsync(ReceivedOutboxMessage message, OutboxRecord row, RateSlot slot, CancellationToken stopping)
    {
        bool go;
        try
        {
            go = await slot.UseAsync(row.LeaseExpiresAt!.Value - 2 * _options.SendTimeout, stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            slot.Dispose();
            await HandBackAsync(message, row, Now).ConfigureAwait(false);
            return false;
        }
        if (!go)
        {
            await HandBackAsync(message, row, slot.At).ConfigureAwait(false);
        }
        return go;
    }

    /// <summary>The row with this instance's claim on it given up, as every write that ends a try leaves it.</summary>
    private OutboxRecord Released(OutboxRecord row) => row with { LeaseOwner = null, LeaseExpiresAt = null, Posting = false, UpdatedAt = Now };

    /// <summary>Releases a claimed row that was not sent after all, due at <paramref name="dueAt"/>; its message comes back then.</summary>
    private async Task HandBackAsync(ReceivedOutboxMessage message, OutboxRecord row, DateTimeOffset dueAt)
    {
        var handedBack = await WriteAsync(Released(row) with
        {
            Status = OutboxStatus.Queued,
            Attempts = row.Attempts - 1,
            DueAt = dueAt,
        }).ConfigureAwait(false);
        if (handedBack is not null)
        {
            await _queue.DelayAsync(message, dueAt - Now, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static string ConversationKey(OutboxRecord row) => row.ConversationId ?? "user:" + (row.UserId ?? row.UserAadObjectId);

    private async Task RecordFailureAsync(
        ReceivedOutboxMessage message, OutboxRecord row, string conversationKey, ConnectorOutcome outcome, HttpStatusCode? status,
        TimeSpan? retryAfter, string? error, bool mayHaveReachedService, bool creating)
    {
        var code = (int?)status;
        var what = creating ? "create the chat" : "post";
        var reason = code is null ? $"{what}: no answer ({error})" : $"{what}: {code} {ErrorCode(error)}".TrimEnd();
        if (outcome == ConnectorOutcome.RecipientUnreachable)
        {
            await FinishAsync(message, row, OutboxStatus.Unreachable, code, reason, CancellationToken.None).ConfigureAwait(false);
            return;
        }

        var throttled = code == 429;
        bool retry;
        if (throttled || code is 401 or 408 or 412 or 500 or 502 or 503 or 504)
        {
            retry = true;
        }
        else if (code is null)
        {
            // No answer. Safe to repeat when nothing reached Teams, or when creating the chat (Teams returns the same
            // 1:1 chat). A post that may have reached Teams is the ambiguous case.
            retry = !mayHaveReachedService || creating || _options.AmbiguousSend == AmbiguousSendPolicy.Resend;
            if (!retry)
            {
                reason += "; Teams may or may not have shown it (not resent: Outbox:AmbiguousSend=MarkUncertain)";
                await FinishAsync(message, row, OutboxStatus.Uncertain, code, reason, CancellationToken.None).ConfigureAwait(false);
                return;
            }
        }
        else
        {
            retry = false; // 400, 413 (too big) and the like: sending again cannot help
        }
        if (!retry)
        {
            await FinishAsync(message, row, OutboxStatus.Failed, code, reason, CancellationToken.None).ConfigureAwait(false);
            return;
        }

        var throttles = row.Throttled + (throttled ? 1 : 0);
        var failures = row.Attempts - throttles;
        if (!throttled && failures >= _options.MaxAttempts)
        {
            await FinishAsync(message, row with { Throttled = throttles }, OutboxStatus.Failed, code, $"gave up after {failures} failed attempts (Outbox:MaxAttempts); last: {reason}", CancellationToken.None).ConfigureAwait(false);
            return;
        }
        var backoff = Backoff(throttled ? throttles : failures);
        var wait = retryAfter is { } asked && (throttled || asked > backoff) ? asked : backoff;
        var due = Now + wait;
        if (throttled)
        {
            _limits.Pause(row.TenantId, conversationKey, due);
        }
        var retrying = await WriteAsync(Released(row) with
        {
            Status = OutboxStatus.Retrying,
            Throttled = throttles,
            LastStatusCode = code,
            LastError = reason,
            DueAt = due,
        }).ConfigureAwait(false);
        if (retrying is not null)
        {
            _logger.LogInformation("Outbox {BatchId}/{Key}: {Reason}; retrying in {Wait}", row.BatchId, row.Key, reason, wait);
            await _queue.DelayAsync(message, wait, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Writes a final status and deletes the message. Null when the row changed first (someone else has it).</summary>
    private async Task<OutboxRecord?> FinishAsync(ReceivedOutboxMessage message, OutboxRecord row, OutboxStatus status, int? code, string? reason, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var done = await WriteAsync(Released(row) with
        {
            Status = status,
            LastStatusCode = code,
            LastError = reason,
        }).ConfigureAwait(false);
        if (done is not null)
        {
            if (status != OutboxStatus.Sent)
            {
                _logger.LogInformation("Outbox {BatchId}/{Key} is {Status}: {Reason}", row.BatchId, row.Key, status, reason);
            }
            _deleter.Delete(message);
        }
        return done;
    }

    /// <summary>
    /// An ETag-conditional write that outlives a storage hiccup (a few tries), since after a post the outcome must be
    /// recorded. Null when the row changed meanwhile: our lease lapsed and someone took it over.
    /// </summary>
    private async Task<OutboxRecord?> WriteAsync(OutboxRecord updated)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var written = await _store.TryReplaceAsync(updated, CancellationToken.None).ConfigureAwait(false);
                if (written is null)
                {
                    _logger.LogError("Outbox {BatchId}/{Key}: the row changed while {Owner} held it (lease lapsed?); {Status} not recorded by this worker",
                        updated.BatchId, updated.Key, InstanceId, updated.Status);
                }
                return written;
            }
            catch (RequestFailedException ex) when (attempt < WriteRetryDelays.Length && ex.Status is 0 or 408 or >= 500)
            {
                _logger.LogWarning(ex, "Outbox {BatchId}/{Key}: storage write failed; trying again", updated.BatchId, updated.Key);
                await Task.Delay(WriteRetryDelays[attempt], _time).ConfigureAwait(false);
            }
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 20);
        var delay = TimeSpan.FromTicks(Math.Min(_options.RetryMaxDelay.Ticks, _options.RetryBaseDelay.Ticks * (1L << exponent)));
        return delay * (0.8 + 0.4 * Random.Shared.NextDouble());
    }

    /// <summary>The Connector error's <c>code</c> (e.g. <c>BotNotInConversationRoster</c>), else the start of the body.</summary>
    private static string ErrorCode(string? error)
    {
        if (string.IsNullOrWhiteSpace(error))
        {
            return "";
        }
        try
        {
            if (JsonNode.Parse(error)?["error"]?["code"]?.GetValue<string>() is { Length: > 0 } code)
            {
                return code;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
        }
        return error.Length > 200 ? error[..200] : error;
    }
}
