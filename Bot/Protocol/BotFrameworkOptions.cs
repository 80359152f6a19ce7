namespace ThiDuaBot.Bot.Protocol;

/// <summary>
/// The bot's identity and channel settings, bound from the configuration root with the Bot Framework SDK's
/// key names (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, …) so Bot Framework people feel at home.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string PublicOpenIdMetadata = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string PublicLoginUrl = "https://login.microsoftonline.com/botframework.com";
    public const string PublicLoginHost = "https://login.microsoftonline.com";
    public const string DefaultOAuthScope = "https://api.botframework.com";
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary><c>MultiTenant</c>, <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    public string MicrosoftAppType { get; set; } = AppTypes.MultiTenant;
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }
    public string BotOpenIdMetadata { get; set; } = PublicOpenIdMetadata;
    /// <summary>Authority for outbound tokens. Default: the Bot Framework tenant (multi-tenant) or the bot's own tenant.</summary>
    public string? ToChannelFromBotLoginUrl { get; set; }
    public string ToChannelFromBotOAuthScope { get; set; } = DefaultOAuthScope;
    /// <summary>Tenants whose activities are accepted. Empty: the bot's own tenant (single-tenant bots). <c>*</c>: any tenant.</summary>
    public List<string> AllowedTenants { get; set; } = [];
    /// <summary>How often the channel's signing keys are fetched again even when nothing asks for it.</summary>
    public TimeSpan SigningKeysRefreshInterval { get; set; } = TimeSpan.FromHours(24);
    /// <summary>Least time between two fetches caused by tokens signed with an unknown key (protects against floods of forged tokens).</summary>
    public TimeSpan SigningKeysMinimumRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The outbound token authority, resolved from <see cref="ToChannelFromBotLoginUrl"/> or the app type.</summary>
    public Uri LoginUrl =>
        new(!string.IsNullOrWhiteSpace(ToChannelFromBotLoginUrl)
            ? ToChannelFromBotLoginUrl
            : string.Equals(MicrosoftAppType, AppTypes.MultiTenant, StringComparison.OrdinalIgnoreCase)
                ? PublicLoginUrl
                : $"{PublicLoginHost}/{MicrosoftAppTenantId}");

    public static class AppTypes
    {
        public const string MultiTenant = "MultiTenant";
        public const string SingleTenant = "SingleTenant";
        public const string UserAssignedMsi = "UserAssignedMSI";
    }
}
