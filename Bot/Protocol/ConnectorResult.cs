using System.Net;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>What a Connector call came to. Expected failures are values, so a sender can report them per recipient.</summary>
public sealed record ConnectorResult<T>(ConnectorOutcome Outcome, T? Value, HttpStatusCode? StatusCode, string? Error)
{
    public bool IsOk => Outcome == ConnectorOutcome.Ok;

    public static ConnectorResult<T> Ok(T? value, HttpStatusCode status) => new(ConnectorOutcome.Ok, value, status, null);
}
