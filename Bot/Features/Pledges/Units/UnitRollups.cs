using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Pledges.Reminders;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Launches;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Pledges.Units;

/// <summary>
/// Builds the unit head's roll-up from storage: the unit's active members (the roster's unit index), their pledges (the
/// pledges' unit index, and a point read for members indexed elsewhere), the unit's own pledge and where the pledge
/// round stands.
/// </summary>
public sealed class UnitRollups(RosterStore roster, PledgeStore pledges, PledgeLaunchStore launches, TimeProvider time)
{
    private const int ReadParallelism = 8;

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

    /// <summary>
    /// The title each of <paramref name="people"/> who has an individual pledge aims at, by pledge subject: the unit's
    /// index first (one range query), then a point read of the pledge for the others, since someone who pledged while
    /// in another unit is indexed there until they save again.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> PledgedTitlesAsync(
        PledgeCampaign campaign, string unitId, IReadOnlyList<Person> people, CancellationToken cancellationToken)
    {
        var titles = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in await pledges.ListUnitAsync(campaign.TenantId, campaign.CampaignId, unitId, cancellationToken).ConfigureAwait(false))
        {
            if (entry.Kind == PledgeKind.Individual)
            {
                titles[entry.Subject] = entry.TitleId;
            }
        }
        await Parallel.ForEachAsync(
            people.Select(person => PledgeRights.SubjectOf(person, PledgeKind.Individual)).Where(subject => !titles.ContainsKey(subject)),
            new ParallelOptions { MaxDegreeOfParallelism = ReadParallelism, CancellationToken = cancellationToken },
            async (subject, ct) =>
            {
                if (await pledges.GetAsync(campaign.TenantId, campaign.CampaignId, PledgeKind.Individual, subject, ct).ConfigureAwait(false) is { } pledge)
                {
                    titles[subject] = pledge.Content.TitleId;
                }
            }).ConfigureAwait(false);
        return titles;
    }

    public async Task<JsonObject> BuildAsync(
        PledgeCampaign campaign, string unitId, Strings s, string? headUserId,
        IReadOnlyList<string> notices, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var state = await RoundStateAsync(campaign, cancellationToken).ConfigureAwait(false);
        var members = await MembersAsync(campaign, unitId, cancellationToken).ConfigureAwait(false);
        var titles = await PledgedTitlesAsync(campaign, unitId, members, cancellationToken).ConfigureAwait(false);
        var collective = await pledges.GetAsync(campaign.TenantId, campaign.CampaignId, PledgeKind.Collective, unitId, cancellationToken).ConfigureAwait(false);

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
            CollectiveTitle = collective is null ? null : campaign.TitleName(collective.Content.TitleId),
            Pledged = pledged,
            NotPledged = notPledged,
            Notices = notices,
            Errors = errors,
            ShownAt = campaign.Local(time.GetUtcNow()),
        });
    }
}
