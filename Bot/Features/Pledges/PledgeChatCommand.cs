using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Features.Commands;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// A chat command about pledges (<c>đăng ký</c>, <c>trạng thái</c>, <c>đơn vị</c>): it runs only in the personal chat,
/// for someone on the roster of the running campaign (see <see cref="ThiDuaBot.Bot.Features.Roles.CampaignCallerResolver"/>); anyone else gets the refusal.
/// </summary>
public abstract class PledgeChatCommand(CampaignCallerResolver callers) : IChatCommand
{
    public abstract IReadOnlyList<string> Aliases { get; }

    public abstract HelpEntry? Describe(Strings strings);

    public async Task RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (await callers.ResolvePersonalAsync(context.Turn, cancellationToken).ConfigureAwait(false) is { } caller)
        {
            await RunAsync(context.Turn, caller, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The command itself, for a caller who passed the checks.</summary>
    protected abstract Task RunAsync(TurnContext turn, CampaignCaller caller, CancellationToken cancellationToken);
}
