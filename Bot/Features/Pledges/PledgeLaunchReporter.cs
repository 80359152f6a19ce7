using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Bot.Outbox;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Launches;
using ThiDuaBot.Storage.Outbox;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// Words the launch's progress and delivery report for the secretary's card: counts while the cards go out; once
/// every card is final, who did not get one and why (Teams refused, failed, may not have arrived, or the bot cannot
/// reach them at all).
/// </summary>
public sealed class PledgeLaunchReporter(OutboxService outbox, ReachabilityService reachability, TimeProvider time)
{
    /// <summary>The progress as counts, without names (cheap enough to build every few seconds).</summary>
    public PledgeLaunchCardModel Model(PledgeCampaign campaign, PledgeLaunch launch, OutboxProgress progress, Strings s, IReadOnlyList<PersonLine> notDelivered) => new()
    {
        CampaignId = campaign.CampaignId,
        CampaignTitle = campaign.Definition.Title,
        LaunchedBy = launch.LaunchedByName,
        LaunchedAt = campaign.Local(launch.LaunchedAt),
        Deadline = campaign.Deadline,
        UpdatedAt = campaign.Local(time.GetUtcNow()),
        Cards = progress.Total,
        Sent = progress.Count(OutboxStatus.Sent),
        Waiting = progress.Count(OutboxStatus.Queued) + progress.Count(OutboxStatus.Sending) + progress.Count(OutboxStatus.Retrying),
        NotDelivered = progress.Count(OutboxStatus.Unreachable) + progress.Count(OutboxStatus.Failed),
        Uncertain = progress.Count(OutboxStatus.Uncertain),
        NotReachedCount = launch.NotReached,
        NotDeliveredPeople = notDelivered,
    };

    /// <summary>
    /// The card for <paramref name="launch"/> now: the progress while cards are waiting, the delivery report once every
    /// card is final. The report re-assesses who cannot be reached (people without any card in the round).
    /// </summary>
    public async Task<(PledgeLaunchCardModel Model, OutboxProgress Progress)> BuildAsync(
        ConnectorClient connector, PledgeCampaign campaign, PledgeLaunch launch, Strings s, CancellationToken cancellationToken)
    {
        var progress = await outbox.GetProgressAsync(launch.BatchId, cancellationToken).ConfigureAwait(false);
        if (!progress.IsComplete)
        {
            return (Model(campaign, launch, progress, s, []), progress);
        }

        var people = await reachability.AssessAsync(connector, campaign.TenantId, campaign.CampaignId, cancellationToken).ConfigureAwait(false);
        var bySignIn = people.ToDictionary(r => r.Person.SignInName, StringComparer.OrdinalIgnoreCase);
        var keys = await outbox.ListKeysAsync(launch.BatchId, cancellationToken).ConfigureAwait(false);
        var withCard = keys.Select(PersonOf).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var notDelivered = progress.Problems
            .Select(problem => bySignIn.TryGetValue(PersonOf(problem.Key), out var reach)
                ? Line(campaign, s, reach, ProblemText(s, problem))
                : new PersonLine(PersonOf(problem.Key), s.NoUnit, ProblemText(s, problem)))
            .DistinctBy(line => line.Name + "\n" + line.Reason)
            .OrderBy(line => line.Unit, TextOrder.Vietnamese).ThenBy(line => line.Name, TextOrder.Vietnamese)
            .ToList();
        var notReached = people
            .Where(r => !r.IsReachable && !withCard.Contains(r.Person.SignInName))
            .Select(r => Line(campaign, s, r, ReachText.Reason(s, r)))
            .OrderBy(line => line.Unit, TextOrder.Vietnamese).ThenBy(line => line.Name, TextOrder.Vietnamese)
            .ToList();
        return (Model(campaign, launch, progress, s, notDelivered) with
        {
            Finished = true,
            NotReachedCount = notReached.Count,
            NotReachedPeople = notReached,
        }, progress);
    }

    /// <summary>The person part of a key <c>campaign|round|person|kind</c>.</summary>
    private static string PersonOf(string key) => key.Split('|') is { Length: 4 } parts ? parts[2] : key;

    private static PersonLine Line(PledgeCampaign campaign, Strings s, PersonReach reach, string reason) =>
        new(reach.Person.DisplayName, campaign.UnitName(reach.Person.UnitId, s), reason);

    private static string ProblemText(Strings s, OutboxProblem problem) => problem.Status switch
    {
        OutboxStatus.Unreachable => s.LaunchReasonRemoved,
        OutboxStatus.Uncertain => s.LaunchReasonUncertain,
        _ => string.Format(System.Globalization.CultureInfo.InvariantCulture, s.LaunchReasonFailed,
            problem.StatusCode is { } code ? "HTTP " + code.ToString(System.Globalization.CultureInfo.InvariantCulture) : problem.Reason ?? "?"),
    };
}
