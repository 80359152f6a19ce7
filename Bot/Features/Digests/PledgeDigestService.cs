using System.Globalization;
using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// The pledge round digest: loaded with two queries whatever the department's size (the roster, one partition; the
/// campaign's pledges as their unit index holds them, one range query, no texts), built by
/// <see cref="PledgeDigestBuilder"/>, and made a card with its chart picture stored (<see cref="ChartImages"/>).
/// </summary>
public sealed class PledgeDigestService(RosterStore roster, PledgeStore pledges, ChartImages chartImages)
{
    public async Task<PledgeDigest> BuildAsync(PledgeCampaign campaign, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var people = roster.ListPeopleAsync(campaign.TenantId, campaign.CampaignId, cancellationToken);
        var entries = pledges.ListAllUnitEntriesAsync(campaign.TenantId, campaign.CampaignId, cancellationToken);
        await Task.WhenAll(people, entries).ConfigureAwait(false);
        return PledgeDigestBuilder.Build(campaign, await people.ConfigureAwait(false), await entries.ConfigureAwait(false), asOf);
    }

    public async Task<JsonObject> CardAsync(PledgeDigest digest, Strings s, bool onDemand, CancellationToken cancellationToken)
    {
        var units = Sorted(digest.Units);
        var imageUrl = await chartImages.StoreAsync(
            s.PledgeDigestChartHeading + " — " + digest.AsOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            [.. units.Select(u => new DigestChartBar(u.Name, u.PledgedPercent))], cancellationToken).ConfigureAwait(false);
        return PledgeDigestCard.Build(s, Model(digest, units, onDemand, imageUrl));
    }

    /// <summary>The card's model, no storage: for tests.</summary>
    public static PledgeDigestCardModel Model(PledgeDigest digest, IReadOnlyList<PledgeDigestUnitLine> units, bool onDemand, string? imageUrl) => new()
    {
        CampaignTitle = digest.CampaignTitle,
        OnDemand = onDemand,
        AsOf = digest.AsOf,
        Deadline = digest.Deadline,
        DaysLeft = digest.DaysLeft,
        Members = digest.Members,
        Pledged = digest.Pledged,
        PledgedPercent = digest.PledgedPercent,
        NotYet = digest.NotYet,
        WeekAgo = DateOnly.FromDateTime(digest.WeekAgo.DateTime),
        PledgedWeekAgo = digest.PledgedWeekAgo,
        UnitsWithCollective = digest.UnitsWithCollective,
        Units = [.. units.Select(u => new PledgeDigestCardUnit(u.Name, u.Members, u.Pledged, u.PledgedPercent, u.NotYet, u.CollectivePledged))],
        Titles = [.. digest.Titles.Select(t => new DigestCardTitle(t.Name, t.Collective, t.Count))],
        ChartImageUrl = imageUrl,
    };

    /// <summary>Lowest share pledged first; on a tie, units without their collective pledge first, then by name.</summary>
    public static IReadOnlyList<PledgeDigestUnitLine> Sorted(IEnumerable<PledgeDigestUnitLine> units) =>
        [.. units.OrderBy(u => u.PledgedPercent).ThenBy(u => u.CollectivePledged).ThenBy(u => u.Name, TextOrder.Vietnamese)];

    /// <summary>
    /// Whether a <c>tổng hợp</c> argument asks for the pledge round digest: <c>đăng ký</c> (any spelling the commands
    /// accept: "dang ky", "đăng kí"…), <c>pledges</c> or <c>pledge</c>.
    /// </summary>
    public static bool IsPledgeArgument(string argument) =>
        Commands.CommandText.Normalize(argument) is "dang ki" or "dangki" or "pledges" or "pledge";
}
