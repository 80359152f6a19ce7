using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// The checks every pledge command and card verb starts with, from storage: a campaign is running for the caller's
/// tenant, and the caller is an active person on its roster. Chat commands are also kept to the personal chat.
/// </summary>
public sealed class PledgeCallers(CallerResolver callers, PledgeCampaigns campaigns)
{
    /// <summary>The caller in the running campaign, or the refusal to show them (in their language).</summary>
    public async Task<(PledgeCaller? Caller, string? Refusal)> ResolveAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var s = turn.Strings;
        var caller = await callers.ResolveAsync(turn, cancellationToken).ConfigureAwait(false);
        var campaign = caller.CampaignId is null ? null : await campaigns.LoadAsync(caller.TenantId, caller.CampaignId, cancellationToken).ConfigureAwait(false);
        if (campaign is null)
        {
            return (null, s.PledgeNoCampaign);
        }
        if (caller.Person is not { Active: true } person)
        {
            return (null, s.PledgeNotOnRoster);
        }
        return (new PledgeCaller(caller, person, campaign), null);
    }

    /// <summary>
    /// For a chat command: the caller as <see cref="ResolveAsync"/> finds them; null after replying with the refusal, or
    /// with a pointer to the personal chat when the command was typed anywhere else.
    /// </summary>
    public async Task<PledgeCaller?> ResolveInPersonalChatAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Conversation?.ConversationType != "personal")
        {
            await turn.ReplyTextAsync(turn.Strings.PledgeOnlyPersonalChat, cancellationToken).ConfigureAwait(false);
            return null;
        }
        var (caller, refusal) = await ResolveAsync(turn, cancellationToken).ConfigureAwait(false);
        if (caller is null)
        {
            await turn.ReplyTextAsync(refusal!, cancellationToken).ConfigureAwait(false);
        }
        return caller;
    }
}
