using System.Globalization;
using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Pledges.Reminders;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Launches;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Pledges.Units;

/// <summary>
/// Builds the unit head's roll-up from storage: the unit's active members, its pledges (one range query on the unit
/// index), the unit's own pledge and where the pledge round stands.
/// </summary>
public sealed class UnitRollups(RosterStore roster, PledgeStore pledges, PledgeLaunchStore launches, TimeProvider time)
{
    private static readonly StringComparer ByName = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), CompareOptions.IgnoreCase);

    /// <summary>The unit's active people who pledge for themselves, by name (one range query on the roster's unit index).</summary>
    public async Task<IReadOnlyList<Person>> MembersAsync(PledgeCampaign campaign, string unitId, CancellationToken cancellationToken) =>
        (await roster.ListUnitPeopleAsync(campaign.TenantId, campaign.CampaignId, unitId, cancellationToken).ConfigureAwait(false))
            .Where(p => p.UnitId == unitId && PledgeRights.CanPledge(p, PledgeKind.Individual))
            .OrderBy(p => p.DisplayName, ByName)
            .ToList();

    /// <summary>Where the campaign's pledge round stands now.</summary>
    public async Task<PledgeRoundState> RoundStateAsync(PledgeCampaign campaign, CancellationToken cancellationToken)
    {
        var launch = await launches.GetAsync(campaign.TenantId, campaign.CampaignId, cancellationToken).ConfigureAwait(false);
        return PledgeRound.StateOf(campaign, launch, time.GetUtcNow());
    }

    public async Task<JsonObject> BuildAsync(
        PledgeCampaign campaign, string unitId, Strings s, string? headUserId,
        IReadOnlyList<string> notices, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var state = await RoundStateAsync(campaign, cancellationToken).ConfigureAwait(false);
        var members = await MembersAsync(campaign, unitId, cancellationToken).ConfigureAwait(false);
        var entries = await pledges.ListUnitAsync(campaign.TenantId, campaign.CampaignId, unitId, cancellationToken).ConfigureAwait(false);
        var titles = entries.Where(e => e.Kind == PledgeKind.Individual).ToDictionary(e => e.Subject, e => e.TitleId, StringComparer.Ordinal);
        var collective = entries.FirstOrDefault(e => e.Kind == PledgeKind.Collective && e.Subject == PledgeKeys.NormalizeSubject(PledgeKind.Collective, unitId));

        var pledged = new List<UnitRollupMember>();
        var notPledged = new List<UnitRollupMember>();
        foreach (var member in members)
        {
            if (titles.TryGetValue(PledgeRights.SubjectOf(member, PledgeKind.Individual), out var titleId))
            {
                pledged.Add(new UnitRollupMember(member.SignInName, member.DisplayName, campaign.TitleName(titleId)));
            }
            else
            {
                notPledged.Add(new UnitRollupMember(member.SignInName, member.DisplayName));
            }
        }
        return UnitRollupCard.Build(s, new UnitRollupModel
        {
            CampaignId = campaign.CampaignId,
            UnitId = unitId,
            CampaignTitle = campaign.Definition.Title,
            UnitName = campaign.UnitName(unitId, s),
            Deadline = campaign.Deadline,
            HeadUserId = headUserId,
            CanNudge = state == PledgeRoundState.Open,
            RoundNote = state switch
            {
                PledgeRoundState.NotLaunched => s.UnitRoundNotLaunched,
                PledgeRoundState.Closed when PledgeRound.IsClosed(campaign) => s.UnitCampaignClosed,
                PledgeRoundState.Closed => string.Format(CultureInfo.InvariantCulture, s.UnitRoundClosed, PledgeCardFactory.ShowDate(campaign.Deadline)),
                _ => null,
            },
            CollectiveTitle = collective is null ? null : campaign.TitleName(collective.TitleId),
            Pledged = pledged,
            NotPledged = notPledged,
            Notices = notices,
            Errors = errors,
            ShownAt = campaign.Local(time.GetUtcNow()),
        });
    }
}
