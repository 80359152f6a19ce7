namespace ThiDuaBot.TestSupport.Fakes;

/// <summary>
/// A canned Connector answer: status, optional JSON body, optional Retry-After seconds, and an optional
/// <see cref="Delay"/> before answering (to outlast the bot's attempt timeout).
/// </summary>
public sealed record ScriptedResponse(int Status, string? Json = null, int? RetryAfterSeconds = null, TimeSpan? Delay = null);
