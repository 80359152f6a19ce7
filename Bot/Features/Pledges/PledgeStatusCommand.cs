using System.Globalization;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// <c>trạng thái</c> / <c>status</c>: whether the person has pledged (on which date, which version, which title) or
/// not yet and until when; for a unit head, the same for the unit. Only in the personal chat.
/// </summary>
public sealed class PledgeStatusCommand(CampaignCallerResolver callers, PledgeStore pledges, TimeProvider time) : PledgeChatCommand(callers)
{
    public override IReadOnlyList<string> Aliases { get; } = ["trạng thái", "trạng thái đăng ký", "status", "my status", "pledge status"];

    public override HelpEntry? Describe(Strings strings) => new(strings.PledgeStatusCommandWord, strings.PledgeStatusCommandDescription);

    protected override async Task RunAsync(TurnContext turn, CampaignCaller caller, CancellationToken cancellationToken)
    {
        var s = turn.Strings;
        var (_, campaign, person) = caller;
        var open = campaign.IsOpen(time.GetUtcNow());
        var deadline = PledgeCardFactory.ShowDate(campaign.Deadline);
        var lines = new List<string>();
        foreach (var kind in new[] { PledgeKind.Individual, PledgeKind.Collective }.Where(kind => PledgeRights.CanPledge(person, kind)))
        {
            var pledge = await pledges.GetAsync(campaign.TenantId, campaign.CampaignId, kind, PledgeRights.SubjectOf(person, kind), cancellationToken).ConfigureAwait(false);
            var unit = campaign.UnitName(person.UnitId, s);
            if (pledge is null)
            {
                lines.Add(kind == PledgeKind.Individual
                    ? Format(open ? s.PledgeStatusNotYet : s.PledgeStatusMissed, deadline)
                    : Format(open ? s.PledgeStatusUnitNotYet : s.PledgeStatusUnitMissed, unit, deadline));
                continue;
            }
            var savedOn = PledgeCardFactory.ShowDate(DateOnly.FromDateTime(campaign.Local(pledge.SavedAt).DateTime));
            var title = campaign.TitleName(pledge.Content.TitleId);
            var line = kind == PledgeKind.Individual
                ? Format(s.PledgeStatusPledged, savedOn, pledge.Version, title)
                : Format(s.PledgeStatusUnitPledged, unit, savedOn, pledge.Version, title);
            lines.Add(line + " " + (open ? Format(s.PledgeStatusEditable, deadline) : s.PledgeStatusFinal));
        }
        await turn.ReplyTextAsync(lines.Count == 0 ? Caller.Refusal(s, Role.Staff | Role.UnitHead) : string.Join("\n\n", lines), cancellationToken).ConfigureAwait(false);
    }

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
