namespace ThiDuaBot.Bot.Outbox;

/// <summary>At most <see cref="PermitLimit"/> requests in any span of <see cref="Window"/>.</summary>
public sealed record WindowLimit(int PermitLimit, TimeSpan Window);
