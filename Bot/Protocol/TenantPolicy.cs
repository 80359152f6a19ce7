using Microsoft.Extensions.Options;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>
/// Which Microsoft 365 tenants the bot serves (<c>AllowedTenants</c>): a list, <c>*</c> for any, or — when the
/// list is empty — the bot's own tenant for a single-tenant bot. With authentication off (Development) any tenant.
/// </summary>
public sealed class TenantPolicy(IOptions<BotFrameworkOptions> options)
{
    public bool IsAllowed(string? tenantId)
    {
        var settings = options.Value;
        var allowed = settings.AllowedTenants.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList();
        if (allowed.Contains("*"))
        {
            return true;
        }
        if (allowed.Count == 0 && settings.IsAuthenticationDisabled)
        {
            return true;
        }
        if (string.IsNullOrWhiteSpace(tenantId))
        {
            return false;
        }
        if (allowed.Count == 0)
        {
            return !string.IsNullOrWhiteSpace(settings.MicrosoftAppTenantId)
                && string.Equals(settings.MicrosoftAppTenantId, tenantId, StringComparison.OrdinalIgnoreCase);
        }
        return allowed.Contains(tenantId, StringComparer.OrdinalIgnoreCase);
    }
}
