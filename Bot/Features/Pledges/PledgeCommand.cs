using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// <c>đăng ký</c> / <c>pledge</c>: the person's pledge card again (the summary once pledged, the form before), and for
/// a unit head the unit's too. Only in the personal chat: a pledge is nobody else's business.
/// </summary>
public sealed class PledgeCommand(CampaignCallerResolver callers, PledgeCardFactory cards) : PledgeChatCommand(callers)
{
    // "đăng ký" also matches "dang ky", "đăng kí", "Dang Ki": CommandText folds case, diacritics and y/i.
    public override IReadOnlyList<string> Aliases { get; } = ["đăng ký", "đăng ký thi đua", "pledge", "my pledge"];

    public override HelpEntry? Describe(Strings strings) => new(strings.PledgeCommandWord, strings.PledgeCommandDescription);

    protected override async Task RunAsync(TurnContext turn, CampaignCaller caller, CancellationToken cancellationToken)
    {
        var s = turn.Strings;
        var (_, campaign, person) = caller;
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
