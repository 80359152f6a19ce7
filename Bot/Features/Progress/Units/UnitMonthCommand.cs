using System.Globalization;
using ThiDuaBot.Bot.Features.Commands;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Pledges.Units;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Progress.Units;

/// <summary>
/// <c>báo cáo đơn vị</c> / <c>unit report</c>, optionally followed by a month (<c>MM/yyyy</c>, e.g. <c>03/2013</c>):
/// for a unit head, the month roll-up of their unit; without a month, the current month in the campaign's time zone.
/// Only in the personal chat, only for the current head of a unit. (<c>đơn vị</c> stays the pledge roll-up.)
/// </summary>
public sealed class UnitMonthCommand(CampaignCallerResolver callers, UnitMonthRollups rollups, TimeProvider time) : IChatCommand
{
    // Longest alias wins, so "báo cáo đơn vị" is not read as "báo cáo" and "unit report" not as "unit".
    public IReadOnlyList<string> Aliases { get; } = ["báo cáo đơn vị", "báo cáo tháng đơn vị", "unit report", "unit month"];

    public HelpEntry? Describe(Strings strings) => new(strings.UnitMonthCommandWord, strings.UnitMonthCommandDescription);

    public async Task RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var s = turn.Strings;
        if (await callers.ResolvePersonalAsync(turn, cancellationToken).ConfigureAwait(false) is not { } caller)
        {
            return;
        }
        if (!UnitRequests.IsUnitHead(caller.Person))
        {
            await turn.ReplyTextAsync(Caller.Refusal(s, Role.UnitHead), cancellationToken).ConfigureAwait(false);
            return;
        }
        var campaign = caller.Campaign;
        var argument = context.Arguments.Trim();
        var month = argument.Length == 0 ? ProgressMonth.Current(campaign, time.GetUtcNow()) : ProgressMonth.ParseTyped(argument);
        if (month is null)
        {
            await turn.ReplyTextAsync(string.Format(CultureInfo.InvariantCulture, s.UnitMonthCommandBadMonth, argument.Length > 20 ? argument[..20] + "…" : argument), cancellationToken).ConfigureAwait(false);
            return;
        }
        var unitId = caller.Person.UnitId!;
        var members = await rollups.MembersAsync(campaign, unitId, cancellationToken).ConfigureAwait(false);
        var data = await rollups.LoadAsync(campaign, unitId, month, members, cancellationToken).ConfigureAwait(false);
        if (data.State is ProgressMonthState.Future or ProgressMonthState.OutsidePhases)
        {
            await turn.ReplyTextAsync(ProgressCardFactory.StateMessage(s, data.State, month, null), cancellationToken).ConfigureAwait(false);
            return;
        }
        var card = rollups.Build(campaign, data, s, new UnitMonthView { HeadUserId = turn.Activity.From?.Id });
        await turn.ReplyCardAsync(card, cancellationToken).ConfigureAwait(false);
    }
}
