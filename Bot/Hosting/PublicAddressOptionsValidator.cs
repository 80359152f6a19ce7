using Microsoft.Extensions.Options;

namespace ThiDuaBot.Bot.Hosting;

/// <summary>
/// Stops the app at start when <c>PublicBaseUrl</c> is not an absolute http(s) address without a query, or when one of
/// the two settings it replaced (<c>Digests:PublicBaseUrl</c>, <c>Exports:PublicBaseUrl</c>) is still set, since it
/// would be silently ignored.
/// </summary>
public sealed class PublicAddressOptionsValidator(IConfiguration configuration) : IValidateOptions<PublicAddressOptions>
{
    public static readonly string[] FormerKeys = ["Digests:PublicBaseUrl", "Exports:PublicBaseUrl"];

    public ValidateOptionsResult Validate(string? name, PublicAddressOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            && (!Uri.TryCreate(options.PublicBaseUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(uri.Query)))
        {
            failures.Add("PublicBaseUrl must be the bot's absolute http(s) address without a query, e.g. https://thiduabot.azurewebsites.net.");
        }
        failures.AddRange(FormerKeys
            .Where(key => !string.IsNullOrWhiteSpace(configuration[key]))
            .Select(key => $"{key} is no longer read: set PublicBaseUrl instead (one setting for chart pictures and download links)."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
