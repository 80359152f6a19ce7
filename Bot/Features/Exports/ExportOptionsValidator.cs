using Microsoft.Extensions.Options;

namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>Stops the app at start on a bad <c>Exports</c> section, naming the setting.</summary>
public sealed class ExportOptionsValidator : IValidateOptions<ExportOptions>
{
    public ValidateOptionsResult Validate(string? name, ExportOptions options)
    {
        var failures = new List<string>();
        if (options.LinkLifetime < TimeSpan.FromMinutes(5) || options.LinkLifetime > TimeSpan.FromDays(7))
        {
            failures.Add("Exports:LinkLifetime must be between 00:05:00 and 7.00:00:00.");
        }
        if (!string.IsNullOrWhiteSpace(options.LinkSigningKey) && ExportLinks.DecodeKey(options.LinkSigningKey) is null)
        {
            failures.Add("Exports:LinkSigningKey must be base64 of at least 32 bytes.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
