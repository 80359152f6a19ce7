using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Conversations;
using ThiDuaBot.Storage.Installs;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>
/// For every active person of a campaign's roster, whether the bot can message them: a stored personal chat,
/// or membership of a team the bot is installed in (the bot can then create the 1:1 chat), or an install requested
/// through Microsoft Graph that Teams has not confirmed yet, or not — and why. A stored personal chat wins over a pending
/// install; a person who uninstalled ThiDuaBot after the last request stays uninstalled. One partition query for the
/// conversations, one for the pending installs, one paged member listing per installed team.
/// </summary>
public sealed class ReachabilityService(ConversationStore conversations, RosterStore roster, PendingInstallStore pendingInstalls, ILogger<ReachabilityService> logger)
{
    private const int MemberPageSize = 500;
    /// <summary>Up to this many people, team membership is asked person by person instead of listing every team's members.</summary>
    private const int MaxPeopleAskedOneByOne = 10;

    /// <summary>Every active person of the campaign's roster.</summary>
    public async Task<IReadOnlyList<PersonReach>> AssessAsync(ConnectorClient connector, string tenantId, string campaignId, CancellationToken cancellationToken)
    {
        var people = (await roster.ListPeopleAsync(tenantId, campaignId, cancellationToken).ConfigureAwait(false)).Where(p => p.Active).ToList();
        return await AssessAsync(connector, tenantId, people, askOneByOne: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Only <paramref name="people"/> (a nudge, people just added): for a few of them the bot asks each team about
    /// each person who has no personal chat, rather than listing the members of every team, so the answer stays
    /// quick in a large organisation.
    /// </summary>
    public Task<IReadOnlyList<PersonReach>> AssessAsync(ConnectorClient connector, string tenantId, IReadOnlyList<Person> people, CancellationToken cancellationToken) =>
        AssessAsync(connector, tenantId, people, askOneByOne: people.Count <= MaxPeopleAskedOneByOne, cancellationToken);

    private async Task<IReadOnlyList<PersonReach>> AssessAsync(ConnectorClient connector, string tenantId, IReadOnlyList<Person> people, bool askOneByOne, CancellationToken cancellationToken)
    {
        var installedPersonal = new Dictionary<string, StoredConversation>(StringComparer.OrdinalIgnoreCase);
        // When each person last removed ThiDuaBot (null: the time is not known).
        var uninstalledPersonal = new Dictionary<string, DateTimeOffset?>(StringComparer.OrdinalIgnoreCase);
        var teams = new List<StoredConversation>();
        await foreach (var conversation in conversations.ListAsync(tenantId, cancellationToken).ConfigureAwait(false))
        {
            if (conversation.ConversationType == "personal" && conversation.UserAadObjectId is { } aad)
            {
                if (conversation.Installed)
                {
                    installedPersonal[aad] = conversation;
                }
                else
                {
                    uninstalledPersonal[aad] = uninstalledPersonal.TryGetValue(aad, out var seen) ? Later(seen, conversation.UninstalledAt) : conversation.UninstalledAt;
                }
            }
            else if (conversation.Installed && conversation.TeamId is not null && conversation.ConversationId == conversation.TeamId)
            {
                teams.Add(conversation);
            }
        }

        // Each member with the first installed team they are in (any will do to open the 1:1 chat).
        var teamMembers = new Dictionary<string, StoredConversation>(StringComparer.OrdinalIgnoreCase);
        var toFind = people.Where(p => p.AadObjectId is { } aad && !installedPersonal.ContainsKey(aad)).Select(p => p.AadObjectId!).ToList();
        if (askOneByOne)
        {
            foreach (var aad in toFind)
            {
                foreach (var team in teams)
                {
                    var member = await connector.GetConversationMemberAsync(team.ServiceUrl, team.ConversationId, aad, cancellationToken).ConfigureAwait(false);
                    if (member.IsOk)
                    {
                        teamMembers[aad] = team;
                        break;
                    }
                }
            }
        }
        else
        {
            foreach (var team in teams)
            {
                await AddMembersAsync(connector, team, teamMembers, cancellationToken).ConfigureAwait(false);
            }
        }

        var requests = (await pendingInstalls.ListAsync(tenantId, cancellationToken).ConfigureAwait(false))
            .ToDictionary(p => p.AadObjectId, StringComparer.OrdinalIgnoreCase);

        return people.Select(person =>
        {
            if (person.AadObjectId is not { } aad)
            {
                return new PersonReach(person, Reach.Unreachable, UnreachableReason.NoAccountLink);
            }
            var request = requests.GetValueOrDefault(aad);
            if (installedPersonal.TryGetValue(aad, out var chat))
            {
                return new PersonReach(person, Reach.PersonalChat, UnreachableReason.None, request, chat);
            }
            if (teamMembers.TryGetValue(aad, out var team))
            {
                return new PersonReach(person, Reach.ThroughTeam, UnreachableReason.None, request, team);
            }
            var pending = request is { Outcome: not PendingInstallOutcome.Failed };
            if (uninstalledPersonal.TryGetValue(aad, out var uninstalledAt) && (!pending || uninstalledAt is null || uninstalledAt >= request!.RequestedAt))
            {
                return new PersonReach(person, Reach.Unreachable, UnreachableReason.Uninstalled, request);
            }
            return pending
                ? new PersonReach(person, Reach.InstallPending, UnreachableReason.None, request)
                : new PersonReach(person, Reach.Unreachable, UnreachableReason.NotInstalled, request);
        }).ToList();
    }

    /// <summary>The later of two removal times, an unknown time counting as the latest.</summary>
    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null || b is null ? null : a > b ? a : b;

    private async Task AddMembersAsync(ConnectorClient connector, StoredConversation team, Dictionary<string, StoredConversation> members, CancellationToken cancellationToken)
    {
        string? continuation = null;
        do
        {
            var page = await connector.GetConversationPagedMembersAsync(team.ServiceUrl, team.ConversationId, MemberPageSize, continuation, cancellationToken).ConfigureAwait(false);
            if (!page.IsOk || page.Value is null)
            {
                logger.LogWarning("Could not list the members of team {TeamId}: {Outcome}", team.TeamId, page.Outcome);
                return;
            }
            foreach (var member in page.Value.Members)
            {
                if (member.AadObjectId is { } aad)
                {
                    members.TryAdd(aad, team);
                }
            }
            continuation = page.Value.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));
    }
}
