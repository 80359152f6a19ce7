using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Pledges.Units;

/// <summary>
/// <c>đơn vị</c> / <c>unit</c>: for a unit head, the roll-up of the unit's pledges with one-tap nudges. Only in the
/// personal chat, only for the current head of a unit.
/// </summary>
public sealed class UnitRollupCommand(CampaignCallerResolver callers, UnitRollups rollups) : PledgeChatCommand(callers)
{
    public override IReadOnlyList<string> Aliases { get; } = ["đơn vị", "đơn vị của tôi", "unit", "my unit"];

    public override HelpEntry? Describe(Strings strings) => new(strings.UnitCommandWord, strings.UnitCommandDescription);

    protected override async Task RunAsync(TurnContext turn, CampaignCaller caller, CancellationToken cancellationToken)
    {
        if (!UnitRequests.IsUnitHead(caller.Person))
        {
            await turn.ReplyTextAsync(Caller.Refusal(turn.Strings, Role.UnitHead), cancellationToken).ConfigureAwait(false);
            return;
        }
        var card = await rollups.BuildAsync(caller.Campaign, caller.Person.UnitId!, turn.Strings, turn.Activity.From?.Id, [], [], cancellationToken).ConfigureAwait(false);
        await turn.ReplyCardAsync(card, cancellationToken).ConfigureAwait(false);
    }
}
