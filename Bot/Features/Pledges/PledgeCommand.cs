using ThiDuaBot.Bot.Features.Commands;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// <c>đăng ký</c> / <c>pledge</c>: the person's pledge card again (the summary once pledged, the form before), and for
/// a unit head the unit's too. Only in the personal chat: a pledge is nobody else's business.
/// </summary>
public sealed class PledgeCommand(PledgeCallers callers, PledgeCardFactory cards) : IChatCommand
{
    // "đăng ký" also matches "dang ky", "đăng kí", "Dang Ki": CommandText folds case, diacritics and y/i.
    public IReadOnlyList<string> Aliases { get; } = ["đăng ký", "đăng ký thi đua", "pledge", "my pledge"];

    public HelpEntry? Describe(Strings strings) => new(strings.PledgeCommandWord, strings.PledgeCommandDescription);

    public async Task RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var s = turn.Strings;
        if (await callers.ResolveInPersonalChatAsync(turn, cancellationToken).ConfigureAwait(false) is not { } caller)
        {
            return;
        }
        var (_, person, campaign) = caller;
        var kinds = new[] { PledgeKind.Individual, PledgeKind.Collective }.Where(kind => PledgeRights.CanPledge(person, kind)).ToList();
        if (kinds.Count == 0)
        {
            await turn.ReplyTextAsync(Caller.Refusal(s, Role.Staff | Role.UnitHead), cancellationToken).ConfigureAwait(false);
            return;
        }
        foreach (var kind in kinds)
        {
            var card = await cards.CurrentAsync(campaign, s, person, kind, [], cancellationToken).ConfigureAwait(false);
            await turn.ReplyCardAsync(card, cancellationToken).ConfigureAwait(false);
        }
    }
}
