using System.Net;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>What a Connector call came to. Expected failures are values, so a sender can report them per recipient.</summary>
public sealed record ConnectorResult<T>(ConnectorOutcome Outcome, T? Value, HttpStatusCode? StatusCode, string? Error)
{
    public bool IsOk => Outcome == ConnectorOutcome.Ok;

    /// <summary>The wait the Connector asked for with <c>Retry-After</c> on a failed answer (429, 503, …), if it did.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>
    /// True when the call failed without an answer after the request may have reached the service (a timeout, a
    /// connection dropped mid-request): a POST may then have been carried out. False when there was an answer, or
    /// when the connection was never made (nothing reached the service), or no token could be had.
    /// </summary>
    public bool MayHaveReachedService { get; init; }

    public static ConnectorResult<T> Ok(T? value, HttpStatusCode status) => new(ConnectorOutcome.Ok, value, status, null);
}
