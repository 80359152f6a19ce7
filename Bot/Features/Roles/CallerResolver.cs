using Microsoft.Extensions.Options;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.Storage.Tenants;

namespace ThiDuaBot.Bot.Features.Roles;

/// <summary>
/// Works out the caller's roles from storage on every request (a card never grants a right): the tenant's
/// active campaign, the caller's roster entry (by Microsoft Entra object id; a person known only by sign-in
/// name from a CSV roster is linked the first time, via the Connector's member lookup), and the secretaries
/// named in configuration.
/// </summary>
public sealed class CallerResolver(
    TenantSettingsStore settings,
    RosterStore roster,
    IOptions<SetupOptions> setup,
    TimeProvider time,
    ILogger<CallerResolver> logger)
{
    public async Task<Caller> ResolveAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var tenantId = turn.TenantId ?? "";
        var aadObjectId = turn.Activity.From?.AadObjectId;
        var campaignId = (await settings.GetAsync(tenantId, cancellationToken).ConfigureAwait(false)).ActiveCampaignId;

        Person? person = null;
        string? signInName = null;
        if (campaignId is not null && aadObjectId is not null)
        {
            person = await roster.FindByAadObjectIdAsync(tenantId, campaignId, aadObjectId, cancellationToken).ConfigureAwait(false);
            if (person is null)
            {
                signInName = await LookUpSignInNameAsync(turn, cancellationToken).ConfigureAwait(false);
                if (signInName is not null
                    && await roster.LinkAadObjectIdAsync(tenantId, campaignId, signInName, aadObjectId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
                {
                    person = await roster.GetPersonAsync(tenantId, campaignId, signInName, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        var roles = person is { Active: true } ? person.Roles : Role.None;
        if (await IsConfiguredSecretaryAsync(turn, aadObjectId, signInName ?? person?.SignInName, cancellationToken).ConfigureAwait(false))
        {
            roles |= Role.CouncilSecretary;
        }
        return new Caller(tenantId, aadObjectId, campaignId, person, roles);
    }

    private async Task<bool> IsConfiguredSecretaryAsync(TurnContext turn, string? aadObjectId, string? knownSignInName, CancellationToken cancellationToken)
    {
        var configured = setup.Value.Secretaries.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();
        if (configured.Count == 0)
        {
            return false;
        }
        if (aadObjectId is not null && configured.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }
        if (!configured.Any(s => s.Contains('@', StringComparison.Ordinal)))
        {
            return false;
        }
        var signInName = knownSignInName ?? await LookUpSignInNameAsync(turn, cancellationToken).ConfigureAwait(false);
        return signInName is not null && configured.Contains(signInName, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The caller's UPN (or e-mail) from the Connector's member lookup; null when it cannot be had.</summary>
    private async Task<string?> LookUpSignInNameAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.ServiceUrl is null || activity.Conversation?.Id is null || activity.From?.Id is null)
        {
            return null;
        }
        var result = await turn.Connector.GetConversationMemberAsync(activity.ServiceUrl, activity.Conversation.Id, activity.From.Id, cancellationToken).ConfigureAwait(false);
        if (!result.IsOk || result.Value?.Properties is not { } properties)
        {
            logger.LogInformation("Member lookup for the caller failed: {Outcome}", result.Outcome);
            return null;
        }
        foreach (var name in new[] { "userPrincipalName", "email" })
        {
            if (properties.TryGetValue(name, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                return RosterKeys.NormalizeSignInName(text);
            }
        }
        return null;
    }
}
