using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Roles;

/// <summary>The role check every card verb starts with: the caller from storage, or the refusal to answer with.</summary>
public sealed class RoleCheck(CallerResolver callers)
{
    /// <summary>The caller when they hold one of <paramref name="allowed"/>; otherwise null and <paramref name="refusal"/> to send back.</summary>
    public async Task<(Caller? Caller, InvokeResponse? Refusal)> RequireAsync(TurnContext turn, Role allowed, CancellationToken cancellationToken)
    {
        var caller = await callers.ResolveAsync(turn, cancellationToken).ConfigureAwait(false);
        return caller.HasAny(allowed)
            ? (caller, null)
            : (null, InvokeResponse.Message(Caller.Refusal(turn.Strings, allowed)));
    }
}
