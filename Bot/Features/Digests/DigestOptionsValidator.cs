using Microsoft.Extensions.Options;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>Stops the app at start when <c>Digests:PublicBaseUrl</c> is set but is not an absolute http(s) URL.</summary>
public sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options) =>
        string.IsNullOrWhiteSpace(options.PublicBaseUrl)
        || (Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && string.IsNullOrEmpty(uri.Query))
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Digests:PublicBaseUrl must be the bot's absolute http(s) address without a query, e.g. https://thiduabot.azurewebsites.net (or empty for no chart image).");
}
