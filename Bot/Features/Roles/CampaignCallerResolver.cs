using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Protocol;

namespace ThiDuaBot.Bot.Features.Roles;

/// <summary>
/// The first checks of every command and card verb of a person in the campaign (pledges, progress, unit roll-ups), from
/// storage: a campaign is running for the tenant and the caller is an active person on its roster. Typed commands are
/// also kept to the personal chat.
/// </summary>
public sealed class CampaignCallerResolver(CallerResolver callers, PledgeCampaigns campaigns)
{
    /// <summary>The caller in the running campaign, or the refusal to show in the caller's language.</summary>
    public async Task<(CampaignCaller? Caller, string? Refusal)> ResolveAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var caller = await callers.ResolveAsync(turn, cancellationToken).ConfigureAwait(false);
        var campaign = caller.CampaignId is null ? null : await campaigns.LoadAsync(caller.TenantId, caller.CampaignId, cancellationToken).ConfigureAwait(false);
        if (campaign is null)
        {
            return (null, turn.Strings.PledgeNoCampaign);
        }
        return caller.Person is { Active: true } person
            ? (new CampaignCaller(caller, campaign, person), null)
            : (null, turn.Strings.PledgeNotOnRoster);
    }

    /// <summary>The same for a typed command, which only runs in the personal chat: a refusal is replied, and null returned.</summary>
    public async Task<CampaignCaller?> ResolvePersonalAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Conversation?.ConversationType != "personal")
        {
            await turn.ReplyTextAsync(turn.Strings.PledgeOnlyPersonalChat, cancellationToken).ConfigureAwait(false);
            return null;
        }
        var (caller, refusal) = await ResolveAsync(turn, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            await turn.ReplyTextAsync(refusal, cancellationToken).ConfigureAwait(false);
        }
        return caller;
    }
}
