using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.Storage.Tenants;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>Reads the campaign a tenant pledges in from storage: the current version of its file, parsed, and its units.</summary>
public sealed class PledgeCampaigns(TenantSettingsStore settings, CampaignStore campaigns, RosterStore roster, ILogger<PledgeCampaigns> logger)
{
    /// <summary>The tenant's running campaign, or null when none is loaded.</summary>
    public async Task<PledgeCampaign?> LoadActiveAsync(string tenantId, CancellationToken cancellationToken)
    {
        var campaignId = (await settings.GetAsync(tenantId, cancellationToken).ConfigureAwait(false)).ActiveCampaignId;
        return campaignId is null ? null : await LoadAsync(tenantId, campaignId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PledgeCampaign?> LoadAsync(string tenantId, string campaignId, CancellationToken cancellationToken)
    {
        var stored = await campaigns.GetAsync(tenantId, campaignId, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }
        var parsed = CampaignFileParser.Parse(stored.Yaml);
        if (!parsed.IsValid)
        {
            // Only files that parse are stored, so this is a bug or a hand-edited table: say so, pledge nothing.
            logger.LogError("Stored campaign {CampaignId} version {Version} does not parse", campaignId, stored.Version);
            return null;
        }
        var units = await roster.ListUnitsAsync(tenantId, campaignId, cancellationToken).ConfigureAwait(false);
        return new PledgeCampaign(stored, parsed.Definition!, units);
    }
}
