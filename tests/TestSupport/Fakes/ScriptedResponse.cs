namespace ThiDuaBot.TestSupport.Fakes;

/// <summary>A canned Connector answer: status, optional JSON body, optional Retry-After seconds.</summary>
public sealed record ScriptedResponse(int Status, string? Json = null, int? RetryAfterSeconds = null);
