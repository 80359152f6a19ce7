namespace ThiDuaBot.Bot.Protocol;

/// <summary>One page of <c>pagedmembers</c>; follow <see cref="ContinuationToken"/> until it is null.</summary>
public sealed record PagedMembersResult(string? ContinuationToken, IReadOnlyList<ChannelAccount> Members);
