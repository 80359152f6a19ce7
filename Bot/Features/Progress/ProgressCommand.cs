using ThiDuaBot.Bot.Features.Commands;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Progress;

/// <summary>
/// <c>báo cáo</c> / <c>report</c>: the person's progress card for the current month in the campaign's time zone
/// (the form, or the summary once reported). Only in the personal chat, and only for someone who has pledged.
/// </summary>
public sealed class ProgressCommand(CampaignCallerResolver callers, PledgeStore pledges, ProgressCardFactory cards, TimeProvider time)
    : IChatCommand
{
    // "báo cáo" also matches "bao cao", "Báo Cáo": CommandText folds case and diacritics.
    public IReadOnlyList<string> Aliases { get; } = ["báo cáo", "báo cáo tiến độ", "report", "progress", "progress report"];

    public HelpEntry? Describe(Strings strings) => new(strings.ProgressCommandWord, strings.ProgressCommandDescription);

    public async Task RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var s = turn.Strings;
        if (await callers.ResolvePersonalAsync(turn, cancellationToken).ConfigureAwait(false) is not { } resolved)
        {
            return;
        }
        var (_, campaign, person) = resolved;
        if (!PledgeRights.CanPledge(person, PledgeKind.Individual))
        {
            await turn.ReplyTextAsync(Caller.Refusal(s, Role.Staff), cancellationToken).ConfigureAwait(false);
            return;
        }
        var pledge = await pledges.GetAsync(campaign.TenantId, campaign.CampaignId, PledgeKind.Individual, person.SignInName, cancellationToken).ConfigureAwait(false);
        if (pledge is null)
        {
            await turn.ReplyTextAsync(s.ProgressNoPledge, cancellationToken).ConfigureAwait(false);
            return;
        }
        var month = ProgressMonth.Current(campaign, time.GetUtcNow());
        await turn.ReplyCardAsync(await cards.CurrentAsync(campaign, s, person, pledge, month, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }
}
