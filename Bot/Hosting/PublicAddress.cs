using Microsoft.Extensions.Options;

namespace ThiDuaBot.Bot.Hosting;

/// <summary>
/// The bot's public base address, without a trailing slash, for the links and pictures it hands out: the
/// <c>PublicBaseUrl</c> setting; else, on Azure App Service, <c>https://{WEBSITE_HOSTNAME}</c>; else, while answering a
/// request, the address that request reached the bot at (right behind App Service and in the local Playground);
/// else none — a scheduled post then goes without a picture.
/// </summary>
public sealed class PublicAddress(IOptions<PublicAddressOptions> options, IHttpContextAccessor http)
{
    public string? Get()
    {
        var configured = options.Value.PublicBaseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.Trim().TrimEnd('/');
        }
        if (!string.IsNullOrWhiteSpace(options.Value.WebsiteHostname))
        {
            return "https://" + options.Value.WebsiteHostname.Trim().TrimEnd('/');
        }
        var request = http.HttpContext?.Request;
        return request is null ? null : $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
    }
}
