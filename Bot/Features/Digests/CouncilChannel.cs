using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Outbox;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Tenants;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// The council channel the scheduled digests (monthly, weekly pledge round, phase reviews) are posted to, for the
/// tenant's active campaign only, in the language of the message that chose the channel (Vietnamese by default).
/// </summary>
public sealed class CouncilChannel(TenantSettingsStore settings, PledgeCampaigns campaigns)
{
    /// <summary>The recipient name in the outbox keys of council posts.</summary>
    public const string Recipient = "council";

    /// <summary>Null when <paramref name="campaignId"/> is not the tenant's active campaign, no council channel is set, or the campaign does not load.</summary>
    public async Task<CouncilTarget?> FindAsync(string tenantId, string campaignId, CancellationToken cancellationToken)
    {
        var tenant = await settings.GetAsync(tenantId, cancellationToken).ConfigureAwait(false);
        if (tenant.ActiveCampaignId != campaignId
            || tenant.CouncilConversationId is not { } channel
            || tenant.CouncilServiceUrl is not { } serviceUrl
            || await campaigns.LoadAsync(tenantId, campaignId, cancellationToken).ConfigureAwait(false) is not { } campaign)
        {
            return null;
        }
        return new CouncilTarget(campaign, OutboxRecipient.Conversation(serviceUrl, channel), Strings.For(LanguageExtensions.FromLocale(tenant.CouncilLocale)));
    }
}
