namespace ThiDuaBot.Bot.Outbox;

/// <summary>
/// Section <c>Outbox</c>: the durable outbox of proactive sends, its worker and Teams' rate limits. Validated at start
/// by <see cref="OutboxOptionsValidator"/>.
/// </summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Runs the worker in this instance. Enqueueing works either way; another instance can do the sending.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Rows one instance works on at once (reading, waiting for a rate-limit slot, posting, recording). Teams answers
    /// in 100–500 ms, so keeping 50 calls a second going takes a few dozen.
    /// </summary>
    public int Concurrency { get; set; } = 64;

    /// <summary>
    /// Queue messages one instance keeps received ahead of its senders, so they go on sending while the queue service
    /// pauses: 1000 cover 20 s at Teams' 50 calls a second (Azurite's queue pauses for 10 s and more about once a
    /// minute). The worker receives pages of up to 32 (Azure Storage's most per receive) whenever a whole page fits.
    /// </summary>
    /// <remarks>
    /// Each message is received hidden for <see cref="LeaseDuration"/>, as before the buffer grew, and the worker keeps
    /// at most what drains in a quarter of a lease at <see cref="TenantRequestsPerSecond"/> (1500 with the defaults;
    /// fewer when the rate is divided between instances), so a message is normally started with well over half its
    /// hidden time left. One that waited longer than half (the senders were held up: tables down, Teams asking for a
    /// long pause) is hidden for a whole lease again before it is started, or skipped if it is no longer ours; so it
    /// stays hidden at least until its row is claimed, after which the row's lease, not the queue, keeps others off it.
    /// A longer visibility at receive would keep the buffer of an instance that crashes hidden for longer than its
    /// claimed rows stay leased, and only delay the restart. A message that does come back early is harmless: the row
    /// decides, and the second copy is put off or deleted.
    /// </remarks>
    public int PrefetchCount { get; set; } = 1000;

    /// <summary>
    /// How long a claim on a row lasts (and how long a received queue message stays hidden). A worker that dies is
    /// replaced once it lapses. Must leave room for creating a 1:1 chat and posting: at least 3 × <see cref="SendTimeout"/>.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Time allowed for one Connector call (create a chat, or post the activity).</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>See <see cref="AmbiguousSendPolicy"/>. Default <see cref="AmbiguousSendPolicy.Resend"/>.</summary>
    public AmbiguousSendPolicy AmbiguousSend { get; set; } = AmbiguousSendPolicy.Resend;

    /// <summary>Failed attempts (other than 429 throttling) before a row is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>A row still not sent this long after it was enqueued is marked failed, whatever the reason (throttling included).</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>First retry delay when Teams gives no <c>Retry-After</c>; doubles each attempt, with jitter, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Teams' limit per app per tenant: 50 requests per second (one revision of the docs says 30).</summary>
    public int TenantRequestsPerSecond { get; set; } = 50;

    /// <summary>Teams' limits per bot per conversation, for sends and for creating a conversation.</summary>
    public int ConversationRequestsPerSecond { get; set; } = 7;
    public int ConversationRequestsPer2Seconds { get; set; } = 8;
    public int ConversationRequestsPer30Seconds { get; set; } = 60;
    public int ConversationRequestsPerHour { get; set; } = 1800;

    /// <summary>
    /// Added to every window, so a request that reaches Teams a little later than planned (network, scheduling) does
    /// not land in a window that is already full. 50 ms costs about 5% of the per-second rate.
    /// </summary>
    public TimeSpan WindowGuard { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How long an idle worker waits before looking at the queue again (an enqueue in this instance wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How often the sweeper looks for rows that lost their queue message (one filtered query per open batch). Losing
    /// one takes a crash between writing a row and queueing it, so a few minutes is plenty.
    /// </summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A row that is not final and has been due for this long without progress is given a new queue message. Longer
    /// than the backlog of a large fan-out (10,000 recipients take about 4–8 minutes), so it rarely fires for rows that
    /// are only waiting their turn; when it does, the extra message is harmless.
    /// </summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(15);
}
