using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using System.Web;
using Azure.Core.Pipeline;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ThiDuaBot.Storage;

namespace ThiDuaBot.Bot.Tests.Outbox;

/// <summary>
/// Sits between a bot instance and Azurite's queue service: records which messages the instance received, deleted
/// and updated (delayed, put back or kept hidden), and can hold its deletes (a queue service that does not answer)
/// or lose them (answered, never done).
/// </summary>
public sealed partial class QueueTraffic : DelegatingHandler
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _received = new(StringComparer.Ordinal);
    private readonly HashSet<string> _held = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string MessageId, int VisibilitySeconds)> _updates = new();
    private TaskCompletionSource _deletesReleased = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _holdDeletes;
    private int _deletesToLose;
    private int _deletesWaiting;
    private int _deletesDone;
    private int _maxHeld;

    public QueueTraffic()
        : base(new SocketsHttpHandler())
    {
    }

    /// <summary>Messages received and not yet deleted or updated: what the instance holds.</summary>
    public int Held
    {
        get
        {
            lock (_gate)
            {
                return _held.Count;
            }
        }
    }

    /// <summary>The most <see cref="Held"/> ever was.</summary>
    public int MaxHeld => Volatile.Read(ref _maxHeld);

    /// <summary>Deletes the queue service answered (lost ones included).</summary>
    public int DeletesDone => Volatile.Read(ref _deletesDone);

    /// <summary>Deletes held back by <see cref="HoldDeletes"/>, not answered yet.</summary>
    public int DeletesWaiting => Volatile.Read(ref _deletesWaiting);

    /// <summary>Updates of a message's visibility: the message and the visibility asked for.</summary>
    public IReadOnlyList<(string MessageId, int VisibilitySeconds)> Updates => [.. _updates];

    /// <summary>How many times each message was received.</summary>
    public IReadOnlyDictionary<string, int> TimesReceived
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, int>(_received, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>From now on, deletes wait until <see cref="ReleaseDeletes"/>.</summary>
    public void HoldDeletes()
    {
        lock (_gate)
        {
            _holdDeletes = true;
        }
    }

    public void ReleaseDeletes()
    {
        lock (_gate)
        {
            _holdDeletes = false;
            _deletesReleased.TrySetResult();
            _deletesReleased = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>The next <paramref name="count"/> deletes are answered as done but never reach the queue.</summary>
    public void LoseDeletes(int count)
    {
        lock (_gate)
        {
            _deletesToLose = count;
        }
    }

    /// <summary>Makes the bot's queues (the outbox's among them) go through <paramref name="traffic"/>.</summary>
    public static void Route(IServiceCollection services, QueueTraffic traffic)
    {
        services.AddSingleton(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var options = new QueueClientOptions { Transport = new HttpClientTransport(traffic) };
            return new Queues(new QueueServiceClient(storage.ConnectionString, options), storage.TablePrefix);
        });
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var query = HttpUtility.ParseQueryString(request.RequestUri.Query);
        var messageId = MessageInPath().Match(path) is { Success: true } m ? m.Groups[1].Value : null;

        if (request.Method == HttpMethod.Delete && messageId is not null)
        {
            Task? release = null;
            lock (_gate)
            {
                if (_holdDeletes)
                {
                    release = _deletesReleased.Task;
                }
                _held.Remove(messageId);
            }
            if (release is not null)
            {
                Interlocked.Increment(ref _deletesWaiting);
                await release.WaitAsync(cancellationToken).ConfigureAwait(false);
                Interlocked.Decrement(ref _deletesWaiting);
            }
            bool lose;
            lock (_gate)
            {
                lose = _deletesToLose > 0;
                _deletesToLose -= lose ? 1 : 0;
            }
            if (lose)
            {
                Interlocked.Increment(ref _deletesDone);
                return new HttpResponseMessage(System.Net.HttpStatusCode.NoContent) { RequestMessage = request };
            }
            var deleted = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _deletesDone);
            return deleted;
        }

        if (request.Method == HttpMethod.Put && messageId is not null)
        {
            lock (_gate)
            {
                _held.Remove(messageId);
            }
            _updates.Enqueue((messageId, int.Parse(query["visibilitytimeout"] ?? "0", System.Globalization.CultureInfo.InvariantCulture)));
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var receive = request.Method == HttpMethod.Get && path.EndsWith("/messages", StringComparison.Ordinal) && query["peekonly"] is null;
        if (receive && response.IsSuccessStatusCode)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                foreach (Match id in MessageIdElement().Matches(body))
                {
                    var received = id.Groups[1].Value;
                    _received[received] = _received.GetValueOrDefault(received) + 1;
                    _held.Add(received);
                }
                _maxHeld = Math.Max(_maxHeld, _held.Count);
            }
        }
        return response;
    }

    [GeneratedRegex("/messages/([^/?]+)$")]
    private static partial Regex MessageInPath();

    [GeneratedRegex("<MessageId>([^<]+)</MessageId>")]
    private static partial Regex MessageIdElement();
}
