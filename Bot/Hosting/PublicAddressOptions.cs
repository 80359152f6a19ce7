namespace ThiDuaBot.Bot.Hosting;

/// <summary>
/// The top-level setting <c>PublicBaseUrl</c>: the bot's public address (e.g. <c>https://thiduabot.azurewebsites.net</c>),
/// which the links and pictures the bot hands out start with: export downloads (<c>/exports/…</c>) and the digest's
/// chart pictures (<c>/charts/…</c>). See <see cref="PublicAddress"/> for what is used when it is empty.
/// </summary>
public sealed class PublicAddressOptions
{
    public const string Key = "PublicBaseUrl";

    /// <summary>Azure App Service's variable holding the app's default host name (<c>name.azurewebsites.net</c>).</summary>
    public const string AppServiceHostKey = "WEBSITE_HOSTNAME";

    public string? PublicBaseUrl { get; set; }

    /// <summary>Set by App Service; read through configuration (environment variables are one of its sources).</summary>
    public string? WebsiteHostname { get; set; }
}
