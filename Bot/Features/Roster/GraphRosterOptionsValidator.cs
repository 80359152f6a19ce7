using Microsoft.Extensions.Options;

namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>Stops the bot at start when <c>Roster:Graph</c> could never work.</summary>
public sealed class GraphRosterOptionsValidator : IValidateOptions<GraphRosterOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphRosterOptions options)
    {
        var failures = new List<string>();
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl)
            || !(baseUrl.Scheme == Uri.UriSchemeHttps || (baseUrl.Scheme == Uri.UriSchemeHttp && baseUrl.IsLoopback)))
        {
            failures.Add("Roster:Graph:BaseUrl must be an absolute https:// URL, e.g. https://graph.microsoft.com/v1.0.");
        }
        if (!string.IsNullOrWhiteSpace(options.AuthorityHost)
            && (!Uri.TryCreate(options.AuthorityHost, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add("Roster:Graph:AuthorityHost must be an absolute https:// URL, e.g. https://login.microsoftonline.com/.");
        }
        if (options.PageSize is < 1 or > 999)
        {
            failures.Add("Roster:Graph:PageSize must be between 1 and 999.");
        }
        if (!string.IsNullOrWhiteSpace(options.CouncilGroupId) && !Guid.TryParse(options.CouncilGroupId, out _))
        {
            failures.Add("Roster:Graph:CouncilGroupId must be the group's object id (a GUID).");
        }
        if (!string.IsNullOrWhiteSpace(options.TeamsAppId) && !Guid.TryParse(options.TeamsAppId, out _))
        {
            failures.Add("Roster:Graph:TeamsAppId must be ThiDuaBot's id in the Teams app catalog (a GUID).");
        }
        foreach (var (key, titles) in new[] { ("LeadershipTitles", options.LeadershipTitles), ("UnitHeadTitles", options.UnitHeadTitles) })
        {
            if (titles is not null && titles.Any(string.IsNullOrWhiteSpace))
            {
                failures.Add($"Roster:Graph:{key} must not hold empty titles.");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
