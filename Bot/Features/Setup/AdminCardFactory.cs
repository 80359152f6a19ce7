using System.Globalization;
using Microsoft.Extensions.Options;
using ThiDuaBot.Bot.Protocol;
using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.Storage.Tenants;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>Gathers what the admin card shows from storage (settings, campaign, roster) and builds it.</summary>
public sealed class AdminCardFactory(
    TenantSettingsStore settings,
    CampaignStore campaigns,
    RosterStore roster,
    TeamsAppInstaller installer,
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
            };
        }
        return AdminCard.Build(strings, model);
    }

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
