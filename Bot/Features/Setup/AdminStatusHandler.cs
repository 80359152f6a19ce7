using System.Globalization;
using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Installs;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>
/// <c>admin.status</c>: the status card — who the bot can reach, by unit, who is waiting for ThiDuaBot to be installed
/// (since when, in the campaign's time zone), and who not and why.
/// </summary>
public sealed class AdminStatusHandler(RoleCheck roles, CampaignStore campaigns, RosterStore roster, ReachabilityService reachability) : ICardActionHandler
{
    public string Verb => AdminCard.StatusVerb;

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (caller, refusal) = await roles.RequireAsync(turn, Role.CouncilSecretary, cancellationToken).ConfigureAwait(false);
        if (caller is null)
        {
            return refusal!;
        }
        var strings = turn.Strings;
        var campaign = caller.CampaignId is null ? null : await campaigns.GetAsync(caller.TenantId, caller.CampaignId, cancellationToken).ConfigureAwait(false);
        if (campaign is null)
        {
            return InvokeResponse.Card(StatusCard.Build(strings, new StatusCardModel()));
        }

        var units = (await roster.ListUnitsAsync(caller.TenantId, campaign.CampaignId, cancellationToken).ConfigureAwait(false))
            .ToDictionary(u => u.UnitId, u => u.Name);
        var reach = await reachability.AssessAsync(turn.Connector, caller.TenantId, campaign.CampaignId, cancellationToken).ConfigureAwait(false);
        string UnitName(string? unitId) => unitId is not null && units.TryGetValue(unitId, out var name) ? name : strings.NoUnit;
        var timeZone = CampaignTimeZone(campaign);
        List<PersonLine> Lines(Reach which, Func<PersonReach, string> text) => reach.Where(r => r.Reach == which)
            .OrderBy(r => UnitName(r.Person.UnitId), TextOrder.Vietnamese).ThenBy(r => r.Person.DisplayName, TextOrder.Vietnamese)
            .Select(r => new PersonLine(r.Person.DisplayName, UnitName(r.Person.UnitId), text(r)))
            .ToList();

        var model = new StatusCardModel
        {
            CampaignTitle = campaign.Title,
            PersonalChat = reach.Count(r => r.Reach == Reach.PersonalChat),
            ThroughTeam = reach.Count(r => r.Reach == Reach.ThroughTeam),
            InstallPending = reach.Count(r => r.Reach == Reach.InstallPending),
            Unreachable = reach.Count(r => r.Reach == Reach.Unreachable),
            Units = reach.GroupBy(r => UnitName(r.Person.UnitId))
                .OrderBy(g => g.Key, TextOrder.Vietnamese)
                .Select(g => new StatusUnitLine(g.Key, g.Count(r => r.Reach is Reach.PersonalChat or Reach.ThroughTeam), g.Count()))
                .ToList(),
            UnreachablePeople = Lines(Reach.Unreachable, r => ReachText.Reason(strings, r.Reason)),
            PendingPeople = Lines(Reach.InstallPending, r => PendingText(strings, r.LastRequest!, timeZone)),
        };
        return InvokeResponse.Card(StatusCard.Build(strings, model));
    }

    private static string PendingText(Strings strings, PendingInstall pending, TimeZoneInfo timeZone)
    {
        var date = TimeZoneInfo.ConvertTime(pending.RequestedAt, timeZone).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var template = pending.Outcome == PendingInstallOutcome.AlreadyInstalled ? strings.PendingAlreadyInstalled : strings.PendingRequested;
        return string.Format(CultureInfo.InvariantCulture, template, date);
    }

    /// <summary>The campaign file's time zone (default Asia/Ho_Chi_Minh); Vietnam's fixed UTC+7 if the system does not know it.</summary>
    private static TimeZoneInfo CampaignTimeZone(StoredCampaign campaign)
    {
        var id = CampaignFileParser.Parse(campaign.Yaml).Definition?.TimeZoneId ?? CampaignFileParser.DefaultTimeZoneId;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : TimeZoneInfo.CreateCustomTimeZone(CampaignFileParser.DefaultTimeZoneId, TimeSpan.FromHours(7), CampaignFileParser.DefaultTimeZoneId, CampaignFileParser.DefaultTimeZoneId);
    }
}
