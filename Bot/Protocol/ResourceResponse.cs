namespace ThiDuaBot.Bot.Protocol;

/// <summary>The Connector's answer to a send: the new activity's id (the Playground sends none, so it is optional).</summary>
public sealed record ResourceResponse(string? Id);
