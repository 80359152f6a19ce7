using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Conversations;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>
/// For every active person of a campaign's roster, whether the bot can message them: a stored personal chat,
/// or membership of a team the bot is installed in (the bot can then create the 1:1 chat), or not — and why.
/// One partition query for the conversations, one paged member listing per installed team.
/// </summary>
public sealed class ReachabilityService(ConversationStore conversations, RosterStore roster, ILogger<ReachabilityService> logger)
{
    private const int MemberPageSize = 500;

    public async Task<IReadOnlyList<PersonReach>> AssessAsync(ConnectorClient connector, string tenantId, string campaignId, CancellationToken cancellationToken)
    {
        var people = (await roster.ListPeopleAsync(tenantId, campaignId, cancellationToken).ConfigureAwait(false)).Where(p => p.Active).ToList();
        var installedPersonal = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var uninstalledPersonal = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var teams = new List<StoredConversation>();
        await foreach (var conversation in conversations.ListAsync(tenantId, cancellationToken).ConfigureAwait(false))
        {
            if (conversation.ConversationType == "personal" && conversation.UserAadObjectId is { } aad)
            {
                (conversation.Installed ? installedPersonal : uninstalledPersonal).Add(aad);
            }
            else if (conversation.Installed && conversation.TeamId is not null && conversation.ConversationId == conversation.TeamId)
            {
                teams.Add(conversation);
            }
        }

        var teamMembers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var team in teams)
        {
            await AddMembersAsync(connector, team, teamMembers, cancellationToken).ConfigureAwait(false);
        }

        return people.Select(person => person.AadObjectId switch
        {
            null => new PersonReach(person, Reach.Unreachable, UnreachableReason.NoAccountLink),
            var aad when installedPersonal.Contains(aad) => new PersonReach(person, Reach.PersonalChat, UnreachableReason.None),
            var aad when teamMembers.Contains(aad) => new PersonReach(person, Reach.ThroughTeam, UnreachableReason.None),
            var aad when uninstalledPersonal.Contains(aad) => new PersonReach(person, Reach.Unreachable, UnreachableReason.Uninstalled),
            _ => new PersonReach(person, Reach.Unreachable, UnreachableReason.NotInstalled),
        }).ToList();
    }

    private async Task AddMembersAsync(ConnectorClient connector, StoredConversation team, HashSet<string> members, CancellationToken cancellationToken)
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
                    members.Add(aad);
                }
            }
            continuation = page.Value.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));
    }
}
