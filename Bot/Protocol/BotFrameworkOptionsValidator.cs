using Microsoft.Extensions.Options;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>Refuses to start with settings that would leave the bot open or unable to answer.</summary>
public sealed class BotFrameworkOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        if (options.IsAuthenticationDisabled)
        {
            if (!environment.IsDevelopment())
            {
                failures.Add($"MicrosoftAppId is not set. Without it the bot would accept unauthenticated requests, which is allowed only in the Development environment (this is '{environment.EnvironmentName}').");
            }
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        var type = options.MicrosoftAppType;
        if (!new[] { BotFrameworkOptions.AppTypes.MultiTenant, BotFrameworkOptions.AppTypes.SingleTenant, BotFrameworkOptions.AppTypes.UserAssignedMsi }
                .Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"MicrosoftAppType '{type}' is not one of MultiTenant, SingleTenant, UserAssignedMSI.");
        }
        var isMsi = string.Equals(type, BotFrameworkOptions.AppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase);
        var isMulti = string.Equals(type, BotFrameworkOptions.AppTypes.MultiTenant, StringComparison.OrdinalIgnoreCase);
        if (!isMsi && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add($"MicrosoftAppPassword is required for MicrosoftAppType {type}.");
        }
        if (!isMulti && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add($"MicrosoftAppTenantId is required for MicrosoftAppType {type}.");
        }
        if (isMulti && options.AllowedTenants.Count == 0)
        {
            failures.Add("AllowedTenants is empty. A multi-tenant bot must list the Microsoft 365 tenant ids it serves (or '*' to serve any tenant).");
        }
        RequireHttps(options.BotOpenIdMetadata, "BotOpenIdMetadata", failures);
        if (!string.IsNullOrWhiteSpace(options.ToChannelFromBotLoginUrl)
            && RequireHttps(options.ToChannelFromBotLoginUrl, "ToChannelFromBotLoginUrl", failures)
            && !AzureIdentityTokenProvider.TrySplitLoginUrl(new Uri(options.ToChannelFromBotLoginUrl), out _, out _))
        {
            failures.Add(AzureIdentityTokenProvider.LoginUrlShape);
        }
        if (string.IsNullOrWhiteSpace(options.ToChannelFromBotOAuthScope))
        {
            failures.Add("ToChannelFromBotOAuthScope must not be empty.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool RequireHttps(string? value, string key, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{key} must be an absolute https:// URL.");
            return false;
        }
        return true;
    }
}
