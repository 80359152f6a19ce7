using System.Globalization;
using ThiDuaBot.Bot.Features.Commands;
using ThiDuaBot.Bot.Features.Conversations;
using ThiDuaBot.Bot.Features.Digests.Reviews;
using ThiDuaBot.Bot.Features.Exports;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Progress;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.Storage.Tenants;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// <c>tổng hợp</c> / <c>digest</c>, optionally followed by a month (<c>03/2027</c>, <c>3/2027</c>, <c>2027-03</c>), for a
/// council member, leadership or the council secretary: the month's digest, on demand; followed by <c>sơ kết</c>,
/// <c>tổng kết</c> or a phase (<c>đợt 1</c>), the phase review (<see cref="ReviewRequest"/>). In the council channel (with
/// the @mention) it is posted there, in the thread of the command, for the whole council; in the personal chat it is
/// answered there, for the caller alone; anywhere else the caller is told where to ask. An on-demand digest never
/// writes the month's <c>digest</c> row (only the official monthly post does), so unit reports stay amendable.
/// <c>tổng hợp đăng ký</c> / <c>digest pledges</c> gives the pledge round digest as of now instead
/// (<see cref="PledgeDigestService"/>), for the same people, in the same places.
/// </summary>
public sealed class DigestCommand(CallerResolver callers, PledgeCampaigns campaigns, TenantSettingsStore settings, DigestService digests, PledgeDigestService pledgeDigests, ReviewDigests reviews, TimeProvider time) : IChatCommand
{
    public const Role Allowed = Role.CouncilMember | Role.Leadership | Role.CouncilSecretary;

    public IReadOnlyList<string> Aliases { get; } = ["tổng hợp", "bản tổng hợp", "tổng hợp thi đua", "digest"];

    public HelpEntry? Describe(Strings strings) => new(strings.DigestCommandWord, strings.DigestCommandDescription);

    public async Task RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var s = turn.Strings;
        var caller = await callers.ResolveAsync(turn, cancellationToken).ConfigureAwait(false);
        if (!caller.HasAny(Allowed))
        {
            await turn.ReplyTextAsync(Caller.Refusal(s, Allowed), cancellationToken).ConfigureAwait(false);
            return;
        }
        var campaign = caller.CampaignId is null ? null : await campaigns.LoadAsync(caller.TenantId, caller.CampaignId, cancellationToken).ConfigureAwait(false);
        if (campaign is null)
        {
            await turn.ReplyTextAsync(s.PledgeNoCampaign, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (turn.Activity.Conversation?.ConversationType != "personal"
            && await WhereRefusalAsync(turn, caller.TenantId, cancellationToken).ConfigureAwait(false) is { } where)
        {
            await turn.ReplyTextAsync(where, cancellationToken).ConfigureAwait(false);
            return;
        }

        var argument = context.Arguments.Trim();
        if (PledgeDigestService.IsPledgeArgument(argument))
        {
            var pledgeDigest = await pledgeDigests.BuildAsync(campaign, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            await turn.ReplyCardAsync(await pledgeDigests.CardAsync(pledgeDigest, s, onDemand: true, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (ReviewRequest.TryParse(campaign, argument, time.GetUtcNow(), out var ask))
        {
            await ReviewAsync(turn, campaign, ask!, cancellationToken).ConfigureAwait(false);
            return;
        }
        var month = argument.Length == 0 ? digests.DefaultMonth(campaign) : ProgressMonth.ParseTyped(argument);
        if (month is null)
        {
            await turn.ReplyTextAsync(string.Format(CultureInfo.InvariantCulture, s.DigestBadMonth, argument.Length > 20 ? argument[..20] + "…" : argument), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (digests.Refusal(campaign, month, s) is { } refusal)
        {
            await turn.ReplyTextAsync(refusal, cancellationToken).ConfigureAwait(false);
            return;
        }
        var digest = await digests.BuildAsync(campaign, month, s, cancellationToken).ConfigureAwait(false);
        var card = await digests.CardAsync(campaign, digest, s, official: false, cancellationToken).ConfigureAwait(false);
        await turn.ReplyCardAsync(card, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A phase review (sơ kết / tổng kết) on demand: refused for an unknown phase, one not started, or one with no month due yet.</summary>
    private async Task ReviewAsync(Protocol.TurnContext turn, PledgeCampaign campaign, ReviewAsk ask, CancellationToken cancellationToken)
    {
        var s = turn.Strings;
        if (ask.Phase is not { } phase)
        {
            var typed = ask.Typed.Length > 20 ? ask.Typed[..20] + "…" : ask.Typed;
            await turn.ReplyTextAsync(string.Format(CultureInfo.InvariantCulture, s.ReviewUnknownPhase, typed, ExportRequestParser.PhaseList(campaign.Definition)), cancellationToken).ConfigureAwait(false);
            return;
        }
        var today = reviews.Today(campaign);
        var period = ReviewPeriod.For(campaign.Definition, phase);
        var refusal = today < phase.Start ? string.Format(CultureInfo.InvariantCulture, s.ReviewNotStarted, phase.Name, phase.Start.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture))
            : period.CountedMonths(campaign, today).Count == 0 ? string.Format(CultureInfo.InvariantCulture, s.ReviewNoMonths, phase.Name)
            : null;
        if (refusal is not null)
        {
            await turn.ReplyTextAsync(refusal, cancellationToken).ConfigureAwait(false);
            return;
        }
        var digest = await reviews.BuildAsync(campaign, period, today, s, cancellationToken).ConfigureAwait(false);
        var (card, _) = await reviews.CardAsync(campaign, digest, s, official: false, cancellationToken).ConfigureAwait(false);
        await turn.ReplyCardAsync(card, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Outside the personal chat the digest is posted only in the council channel: why not here, or null when here is fine.</summary>
    private async Task<string?> WhereRefusalAsync(Protocol.TurnContext turn, string tenantId, CancellationToken cancellationToken)
    {
        var council = await settings.GetAsync(tenantId, cancellationToken).ConfigureAwait(false);
        if (council.CouncilConversationId is null)
        {
            return turn.Strings.DigestNoCouncilChannel;
        }
        var here = turn.Activity.Conversation?.Id is { } id ? ConversationMapping.WithoutThread(id) : null;
        return turn.Activity.Conversation?.ConversationType == "channel" && here == council.CouncilConversationId
            ? null
            : string.Format(CultureInfo.InvariantCulture, turn.Strings.DigestWrongChannel,
                council.CouncilChannelName ?? turn.Strings.GeneralChannelName) + (council.CouncilTeamName is { } team ? " — " + team : "");
    }
}
