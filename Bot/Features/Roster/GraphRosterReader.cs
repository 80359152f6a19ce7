using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using ThiDuaBot.Bot.Features.Commands;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>
/// Reads a tenant's roster from Microsoft Graph with the Microsoft Graph SDK, following <c>@odata.nextLink</c>:
/// <c>GET /users?$select=…&amp;$expand=manager($select=id)</c>, and <c>GET /groups/{council}/members?$select=id</c>.
/// Disabled accounts and guests are left out. Unit = department. Unit head: the top manager of a department (manages
/// someone in it and is not managed by someone in it), or a job title from <see cref="GraphRosterOptions.UnitHeadTitles"/>.
/// Leadership: a job title from <see cref="GraphRosterOptions.LeadershipTitles"/> (leadership is never also a unit head
/// because of whom it manages). Council member: a member of the council group. When Graph refuses to expand managers,
/// users are read without them and <see cref="GraphRosterResult.ManagersRead"/> is false.
/// </summary>
public sealed class GraphRosterReader(
    IOptions<GraphRosterOptions> options,
    GraphClients graph,
    ILogger<GraphRosterReader> logger)
{
    /// <summary>A directory bigger than this is refused: limit the import to departments, or use a CSV file.</summary>
    public const int MaxUsers = CsvRosterReader.MaxRows;

    private static readonly string[] UserFields =
        ["id", "displayName", "mail", "userPrincipalName", "department", "jobTitle", "accountEnabled", "userType"];

    public async Task<GraphRosterResult> ReadAsync(string tenantId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = graph.Create(tenantId);
        if (client is null)
        {
            return new GraphRosterResult { Error = RosterProblems.GraphNotConfigured() };
        }
        try
        {
            var managersRead = true;
            List<User>? users;
            try
            {
                users = await ReadUsersAsync(client, settings, expandManager: true, cancellationToken).ConfigureAwait(false);
            }
            catch (ApiException ex) when (ex.ResponseStatusCode is 400 or 403)
            {
                // Microsoft's pages disagree on whether an app may expand managers (some revisions of "List manager"
                // say application permissions are not supported): without them, unit heads come from job titles only.
                logger.LogWarning("Microsoft Graph refused users with their managers (HTTP {Status}); reading users without managers", ex.ResponseStatusCode);
                managersRead = false;
                users = await ReadUsersAsync(client, settings, expandManager: false, cancellationToken).ConfigureAwait(false);
            }
            if (users is null)
            {
                return new GraphRosterResult { Error = RosterProblems.TooManyUsers(MaxUsers) };
            }
            var council = new CouncilMembers([], 0);
            if (!string.IsNullOrWhiteSpace(settings.CouncilGroupId))
            {
                var members = await ReadCouncilAsync(client, settings, settings.CouncilGroupId.Trim(), cancellationToken).ConfigureAwait(false);
                if (members is null)
                {
                    return new GraphRosterResult { Error = RosterProblems.CouncilGroupNotFound(settings.CouncilGroupId.Trim()) };
                }
                council = members;
            }
            var result = Build(users, council, settings) with { ManagersRead = managersRead };
            logger.LogInformation(
                "Read {Rows} people from Microsoft Graph; skipped {Disabled} disabled, {Guests} guests, {Other} of other departments",
                result.Rows.Count, result.SkippedDisabled, result.SkippedGuests, result.SkippedOtherDepartments);
            return result;
        }
        catch (ApiException ex) when (ex.ResponseStatusCode is 401 or 403)
        {
            logger.LogWarning("Microsoft Graph refused the roster read with HTTP {Status}", ex.ResponseStatusCode);
            return new GraphRosterResult { Error = RosterProblems.GraphDenied(ex.ResponseStatusCode) };
        }
        catch (AuthenticationFailedException ex)
        {
            logger.LogWarning(ex, "Could not sign in to Microsoft Graph for the roster read");
            return new GraphRosterResult { Error = RosterProblems.GraphSignInFailed() };
        }
    }

    private static async Task<List<User>?> ReadUsersAsync(GraphServiceClient client, GraphRosterOptions settings, bool expandManager, CancellationToken cancellationToken)
    {
        var first = await client.Users.GetAsync(request =>
        {
            request.QueryParameters.Select = UserFields;
            request.QueryParameters.Expand = expandManager ? ["manager($select=id)"] : null;
            request.QueryParameters.Top = settings.PageSize;
        }, cancellationToken).ConfigureAwait(false);
        var users = new List<User>();
        if (first is null)
        {
            return users;
        }
        var pages = PageIterator<User, UserCollectionResponse>.CreatePageIterator(client, first, user =>
        {
            users.Add(user);
            return users.Count <= MaxUsers;
        });
        await pages.IterateAsync(cancellationToken).ConfigureAwait(false);
        return users.Count <= MaxUsers ? users : null;
    }

    /// <summary>The ids of the group's user members, and how many members are something else; null when there is no such group.</summary>
    private static async Task<CouncilMembers?> ReadCouncilAsync(GraphServiceClient client, GraphRosterOptions settings, string groupId, CancellationToken cancellationToken)
    {
        DirectoryObjectCollectionResponse? first;
        try
        {
            first = await client.Groups[groupId].Members.GetAsync(request =>
            {
                request.QueryParameters.Select = ["id"];
                request.QueryParameters.Top = settings.PageSize;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 404)
        {
            return null;
        }
        var userIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var others = 0;
        if (first is null)
        {
            return new CouncilMembers(userIds, others);
        }
        var pages = PageIterator<DirectoryObject, DirectoryObjectCollectionResponse>.CreatePageIterator(client, first, member =>
        {
            if (member is User { Id: { } id })
            {
                userIds.Add(id);
            }
            else
            {
                others++;
            }
            return true;
        });
        await pages.IterateAsync(cancellationToken).ConfigureAwait(false);
        return new CouncilMembers(userIds, others);
    }

    private static GraphRosterResult Build(List<User> users, CouncilMembers council, GraphRosterOptions settings)
    {
        var byId = users.Where(u => u.Id is not null).DistinctBy(u => u.Id!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(u => u.Id!, StringComparer.OrdinalIgnoreCase);
        var departments = (settings.Departments ?? []).Where(d => !string.IsNullOrWhiteSpace(d)).Select(CommandText.Normalize).ToHashSet(StringComparer.Ordinal);
        var kept = new List<User>();
        int disabled = 0, guests = 0, otherDepartments = 0;
        foreach (var user in users)
        {
            if (user.AccountEnabled == false)
            {
                disabled++;
            }
            else if (IsGuest(user))
            {
                guests++;
            }
            else if (departments.Count > 0 && !departments.Contains(Department(user)) && !council.UserIds.Contains(user.Id ?? ""))
            {
                otherDepartments++;
            }
            else
            {
                kept.Add(user);
            }
        }

        // Who manages someone of their own department (among the people imported).
        var managesOwnDepartment = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in kept)
        {
            if (ManagerInSameDepartment(user, byId) is { } manager)
            {
                managesOwnDepartment.Add(manager.Id!);
            }
        }

        var leadershipTitles = settings.EffectiveLeadershipTitles.Select(CommandText.Normalize).ToList();
        var unitHeadTitles = settings.EffectiveUnitHeadTitles.Select(CommandText.Normalize).ToList();
        var rows = new List<RosterRow>(kept.Count);
        foreach (var user in kept)
        {
            var unit = string.IsNullOrWhiteSpace(user.Department) ? null : user.Department.Trim();
            var roles = Role.Staff;
            var leadership = TitleMatches(user.JobTitle, leadershipTitles);
            if (leadership)
            {
                roles |= Role.Leadership;
            }
            var topManager = managesOwnDepartment.Contains(user.Id ?? "") && ManagerInSameDepartment(user, byId) is null;
            if (unit is not null && !leadership && (topManager || TitleMatches(user.JobTitle, unitHeadTitles)))
            {
                roles |= Role.UnitHead;
            }
            if (council.UserIds.Contains(user.Id ?? ""))
            {
                roles |= Role.CouncilMember;
            }
            rows.Add(new RosterRow
            {
                Line = rows.Count + 1,
                SignInName = user.UserPrincipalName ?? "",
                DisplayName = user.DisplayName ?? "",
                Email = user.Mail,
                UnitName = unit,
                JobTitle = user.JobTitle,
                AadObjectId = user.Id,
                Roles = RoleWords.Format(roles),
                Source = RosterSources.Graph,
            });
        }

        var keptIds = kept.Select(u => u.Id ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new GraphRosterResult
        {
            Rows = rows,
            SkippedDisabled = disabled,
            SkippedGuests = guests,
            SkippedOtherDepartments = otherDepartments,
            CouncilMembersNotImported = council.UserIds.Count(id => !keptIds.Contains(id)) + council.Others,
        };
    }

    private static User? ManagerInSameDepartment(User user, Dictionary<string, User> byId) =>
        user.Manager?.Id is { } managerId
        && byId.TryGetValue(managerId, out var manager)
        && Department(user) is { Length: > 0 } department
        && Department(manager) == department
            ? manager
            : null;

    private static string Department(User user) => CommandText.Normalize(user.Department ?? "");

    private static bool IsGuest(User user) =>
        string.Equals(user.UserType, "Guest", StringComparison.OrdinalIgnoreCase)
        || (user.UserPrincipalName?.Contains("#EXT#", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>The title begins with one of the patterns, as whole words ("Trưởng phòng Kế hoạch…" yes, "Phó Trưởng phòng" no).</summary>
    private static bool TitleMatches(string? jobTitle, IReadOnlyList<string> foldedPatterns)
    {
        if (string.IsNullOrWhiteSpace(jobTitle))
        {
            return false;
        }
        var title = CommandText.Normalize(jobTitle);
        return foldedPatterns.Any(pattern =>
            title.StartsWith(pattern, StringComparison.Ordinal)
            && (title.Length == pattern.Length || !char.IsLetterOrDigit(title[pattern.Length])));
    }

    private sealed record CouncilMembers(HashSet<string> UserIds, int Others);
}
