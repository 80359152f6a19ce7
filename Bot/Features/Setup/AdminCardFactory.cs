using System.Globalization;
using Microsoft.Extensions.Options;
using ThiDuaBot.Bot.Protocol;
using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Launches;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.Storage.Tenants;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>Gathers what the admin card shows from storage (settings, campaign, roster) and builds it.</summary>
public sealed class AdminCardFactory(
    TenantSettingsStore settings,
    CampaignStore campaigns,
    RosterStore roster,
    TeamsAppInstaller installer,
    PledgeLaunchStore launches,
    TimeProvider time,
    IOptions<BotFrameworkOptions> bot)
{
    public async Task<JsonObject> BuildAsync(Strings strings, Caller caller, CancellationToken cancellationToken, AdminCardModel? overrides = null)
    {
        var tenant = await settings.GetAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        var model = (overrides ?? new AdminCardModel()) with
        {
            // Graph needs the bot's own credentials; without them (local Playground) the button would only fail.
            GraphImportAvailable = !bot.Value.IsAuthenticationDisabled,
            InstallAvailable = installer.IsAvailable,
            CouncilChannel = tenant.CouncilConversationId is null
                ? null
                : (tenant.CouncilChannelName ?? strings.GeneralChannelName) + (tenant.CouncilTeamName is { } team ? " — " + team : ""),
        };
        if (tenant.ActiveCampaignId is { } campaignId
            && await campaigns.GetAsync(caller.TenantId, campaignId, cancellationToken).ConfigureAwait(false) is { } campaign)
        {
            var units = await roster.ListUnitsAsync(caller.TenantId, campaignId, cancellationToken).ConfigureAwait(false);
            var people = await roster.ListPeopleAsync(caller.TenantId, campaignId, cancellationToken).ConfigureAwait(false);
            model = model with
            {
                CampaignTitle = campaign.Title,
                CampaignVersion = campaign.Version,
                CampaignLoadedOn = DateOnly.FromDateTime(campaign.LoadedAt.UtcDateTime),
                UnitCount = units.Count(u => u.Active),
                PeopleCount = people.Count(p => p.Active),
                Phases = PhaseLines(campaign),
                PledgeRound = await PledgeRoundAsync(strings, campaign, cancellationToken).ConfigureAwait(false),
            };
        }
        return AdminCard.Build(strings, model);
    }

    /// <summary>Where the pledge round stands, and whether the launch (or top-up) button shows.</summary>
    private async Task<AdminPledgeRound?> PledgeRoundAsync(Strings s, StoredCampaign campaign, CancellationToken cancellationToken)
    {
        var definition = CampaignFileParser.Parse(campaign.Yaml).Definition;
        if (definition is null)
        {
            return null;
        }
        var deadline = definition.PledgeDeadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), definition.TimeZone).DateTime);
        var closed = campaign.Phases.Count > 0 && campaign.Phases.All(p => p.Status == PhaseStatus.Closed);
        var open = !closed && localToday <= definition.PledgeDeadline;
        var launch = await launches.GetAsync(campaign.TenantId, campaign.CampaignId, cancellationToken).ConfigureAwait(false);
        if (launch is null)
        {
            return new AdminPledgeRound(open ? Format(s.AdminPledgeNotLaunched, deadline) : Format(s.AdminPledgeDeadlinePassed, deadline), open, false);
        }
        var launchedAt = TimeZoneInfo.ConvertTime(launch.LaunchedAt, definition.TimeZone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
        // As the progress card last showed them: no read of the whole batch each time the admin card is drawn.
        var line = Format(s.AdminPledgeLaunched, launchedAt, launch.Sent, launch.Cards, launch.NotReached, deadline);
        return new AdminPledgeRound(open ? line : line + " " + Format(s.AdminPledgeDeadlinePassed, deadline), open, true);
    }

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);

    /// <summary>The phases of the current file with their stored state; names and dates come from the file.</summary>
    private static List<AdminPhase> PhaseLines(StoredCampaign campaign)
    {
        var definition = CampaignFileParser.Parse(campaign.Yaml).Definition;
        if (definition is null)
        {
            return [];
        }
        return definition.Phases.Select(p => new AdminPhase(
            p.Id,
            p.Name,
            p.Start.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) + " – " + p.End.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            ToCard(campaign.Phases.FirstOrDefault(state => state.PhaseId == p.Id)?.Status ?? PhaseStatus.NotStarted))).ToList();
    }

    private static AdminPhaseStatus ToCard(PhaseStatus status) => status switch
    {
        PhaseStatus.Active => AdminPhaseStatus.Active,
        PhaseStatus.Closed => AdminPhaseStatus.Closed,
        _ => AdminPhaseStatus.NotStarted,
    };
}
