using System.Globalization;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Bot.Outbox;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Conversations;
using ThiDuaBot.Storage.Launches;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// The pledge round's launch (<i>phát động</i>): every reachable person of the running campaign gets their pledge
/// card, every unit head their unit's card too, through the outbox batch of the round. Pressing again, adding people
/// to the roster and people installing ThiDuaBot later all put the missing cards in the same batch, where a card
/// already there is never sent again. The secretary's progress card is posted once and kept current by
/// <see cref="PledgeLaunchMonitor"/>.
/// </summary>
public sealed class PledgeLaunchService(
    PledgeCampaigns campaigns,
    ReachabilityService reachability,
    PledgeDelivery delivery,
    OutboxService outbox,
    PledgeLaunchStore launches,
    PledgeLaunchReporter reporter,
    RosterStore roster,
    TimeProvider time,
    ILogger<PledgeLaunchService> logger)
{
    private const int MaxAttempts = 5;
    /// <summary>How long a press that took on posting the progress card is given before another press may post it.</summary>
    private static readonly TimeSpan ProgressClaimLapse = TimeSpan.FromMinutes(2);

    /// <summary>The admin card's launch button, pressed by <paramref name="caller"/> (a secretary; checked by the caller of this method).</summary>
    public async Task<AdminCardModel> LaunchAsync(TurnContext turn, Caller caller, CancellationToken cancellationToken)
    {
        var s = turn.Strings;
        var campaign = await campaigns.LoadActiveAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        if (campaign is null)
        {
            return Error(s.NoActiveCampaign);
        }
        if (Refusal(s, campaign) is { } refusal)
        {
            return Error(refusal);
        }
        var reaches = await reachability.AssessAsync(turn.Connector, caller.TenantId, campaign.CampaignId, cancellationToken).ConfigureAwait(false);
        if (reaches.Count == 0)
        {
            return Error(s.LaunchNobody);
        }

        var now = time.GetUtcNow();
        var batchId = PledgeDelivery.LaunchBatch(caller.TenantId, campaign.CampaignId);
        // Stored as not watched (ReportedAt set): the monitor must not report on the batch before its cards are queued.
        var first = await launches.TryAddAsync(new PledgeLaunch
        {
            TenantId = caller.TenantId,
            CampaignId = campaign.CampaignId,
            BatchId = batchId,
            LaunchedAt = now,
            LaunchedByAadObjectId = caller.AadObjectId,
            LaunchedByName = caller.Person?.DisplayName ?? turn.Activity.From?.Name,
            Language = s.Language == Language.English ? "en" : "vi",
            ReportedAt = now,
            ProgressClaimedAt = now,
        }, cancellationToken).ConfigureAwait(false);
        var launch = first ?? await launches.GetAsync(caller.TenantId, campaign.CampaignId, cancellationToken).ConfigureAwait(false);
        if (launch is null)
        {
            return Error(s.SomethingWentWrong);
        }

        var (added, existing, people) = await EnqueueAsync(campaign, reaches, batchId, cancellationToken).ConfigureAwait(false);
        var notReached = reaches.Count(r => !r.IsReachable);

        // The progress card, posted once in the secretary's chat (again only if the first press never got to post it);
        // from here the monitor keeps it current.
        var progressCard = first is not null || await ClaimProgressCardAsync(launch, now, cancellationToken).ConfigureAwait(false)
            ? await PostProgressCardAsync(turn, campaign, launch with { NotReached = notReached }, s, cancellationToken).ConfigureAwait(false)
            : null;
        var watch = first is not null || added > 0 || progressCard is not null;
        await ChangeAsync(caller.TenantId, campaign.CampaignId, current => current with
        {
            NotReached = notReached,
            Cards = Math.Max(current.Cards, added + existing),
            ToppedUpAt = first is null ? now : current.ToppedUpAt,
            ProgressServiceUrl = progressCard is null ? current.ProgressServiceUrl : turn.Activity.ServiceUrl,
            ProgressConversationId = progressCard is null ? current.ProgressConversationId : turn.Activity.Conversation?.Id,
            ProgressActivityId = progressCard ?? current.ProgressActivityId,
            ReportedAt = watch ? null : current.ReportedAt,
            LastShown = watch ? null : current.LastShown,
        }, cancellationToken).ConfigureAwait(false);

        if (first is not null)
        {
            return Notice(Format(s.LaunchStarted, added + existing, people, notReached));
        }
        return Notice(added > 0 ? Format(s.LaunchToppedUp, added, existing, notReached) : Format(s.LaunchNothingNew, notReached));
    }

    /// <summary>
    /// A later press posts the progress card only if there is none and the press that took it on (the first) has had
    /// its time: of a double click one card is posted.
    /// </summary>
    private async Task<bool> ClaimProgressCardAsync(PledgeLaunch launch, DateTimeOffset now, CancellationToken cancellationToken) =>
        launch.ProgressActivityId is null
        && now - (launch.ProgressClaimedAt ?? launch.LaunchedAt) > ProgressClaimLapse
        && await launches.TryUpdateAsync(launch with { ProgressClaimedAt = now }, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Posts the progress card in the chat the secretary pressed the button in; its activity id, or null.</summary>
    private async Task<string?> PostProgressCardAsync(TurnContext turn, PledgeCampaign campaign, PledgeLaunch launch, Strings s, CancellationToken cancellationToken)
    {
        var progress = await outbox.GetProgressAsync(launch.BatchId, cancellationToken).ConfigureAwait(false);
        var posted = await turn.ReplyCardAsync(PledgeLaunchCard.Build(s, reporter.Model(campaign, launch, progress, s, [])), cancellationToken).ConfigureAwait(false);
        if (!posted.IsOk)
        {
            logger.LogWarning("Launch progress card not posted: {Outcome}", posted.Outcome);
        }
        return posted.Value?.Id;
    }

    /// <summary>
    /// People just added to the roster (or whose unit or roles changed): if the round has been launched and is
    /// still open, their missing cards join the round. Returns how many cards were queued.
    /// </summary>
    public async Task<int> SendToPeopleAsync(ConnectorClient connector, string tenantId, string campaignId, IReadOnlyCollection<string> signInNames, CancellationToken cancellationToken)
    {
        if (signInNames.Count == 0 || await OpenLaunchAsync(tenantId, campaignId, cancellationToken).ConfigureAwait(false) is not var (campaign, launch))
        {
            return 0;
        }
        var names = new HashSet<string>(signInNames, StringComparer.OrdinalIgnoreCase);
        var people = (await roster.ListPeopleAsync(tenantId, campaignId, cancellationToken).ConfigureAwait(false))
            .Where(p => p.Active && names.Contains(p.SignInName)).ToList();
        var reaches = await reachability.AssessAsync(connector, tenantId, people, cancellationToken).ConfigureAwait(false);
        var (added, _, _) = await EnqueueAsync(campaign, reaches, launch.BatchId, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Pledge round of {CampaignId}: {Added} cards queued for {People} people added or changed", campaignId, added, reaches.Count);
        await WatchAgainAsync(tenantId, campaignId, added, cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <summary>
    /// A person installed ThiDuaBot (their personal chat is stored): if the round has been launched and is open, and
    /// they are on the roster, their missing cards join the round.
    /// </summary>
    public async Task<int> SendToNewChatAsync(StoredConversation chat, CancellationToken cancellationToken)
    {
        if (chat.UserAadObjectId is not { } aad)
        {
            return 0;
        }
        var tenant = await campaigns.LoadActiveAsync(chat.TenantId, cancellationToken).ConfigureAwait(false);
        if (tenant is null || await OpenLaunchAsync(chat.TenantId, tenant.CampaignId, cancellationToken).ConfigureAwait(false) is not var (campaign, launch))
        {
            return 0;
        }
        var person = await roster.FindByAadObjectIdAsync(chat.TenantId, campaign.CampaignId, aad, cancellationToken).ConfigureAwait(false);
        if (person is not { Active: true })
        {
            return 0;
        }
        var reach = new PersonReach(person, Reach.PersonalChat, UnreachableReason.None, Via: chat);
        var (added, _, _) = await EnqueueAsync(campaign, [reach], launch.BatchId, cancellationToken).ConfigureAwait(false);
        await WatchAgainAsync(chat.TenantId, campaign.CampaignId, added, cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <summary>Cards joined a round whose report is out: the progress card follows them again until they are final.</summary>
    private Task WatchAgainAsync(string tenantId, string campaignId, int added, CancellationToken cancellationToken) =>
        added == 0
            ? Task.CompletedTask
            : ChangeAsync(tenantId, campaignId, launch => launch with { ReportedAt = null, LastShown = null }, cancellationToken);

    /// <summary>Why the round cannot be launched now, or null.</summary>
    public static string? Refusal(Strings s, PledgeCampaign campaign, DateTimeOffset now) =>
        campaign.IsClosed ? s.LaunchCampaignClosed
        : !campaign.IsOpen(now) ? Format(s.LaunchDeadlinePassed, PledgeCardFactory.ShowDate(campaign.Deadline))
        : null;

    private string? Refusal(Strings s, PledgeCampaign campaign) => Refusal(s, campaign, time.GetUtcNow());

    private async Task<(PledgeCampaign Campaign, PledgeLaunch Launch)?> OpenLaunchAsync(string tenantId, string campaignId, CancellationToken cancellationToken)
    {
        var launch = await launches.GetAsync(tenantId, campaignId, cancellationToken).ConfigureAwait(false);
        if (launch is null)
        {
            return null;
        }
        var campaign = await campaigns.LoadAsync(tenantId, campaignId, cancellationToken).ConfigureAwait(false);
        return campaign is null || Refusal(Strings.Vi, campaign) is not null ? null : (campaign, launch);
    }

    /// <summary>Puts the cards of every reachable person in the batch: (cards added, cards already there, people sent to).</summary>
    private async Task<(int Added, int Existing, int People)> EnqueueAsync(PledgeCampaign campaign, IReadOnlyList<PersonReach> reaches, string batchId, CancellationToken cancellationToken)
    {
        var items = new List<OutboxItem>();
        var people = 0;
        foreach (var reach in reaches.Where(r => r.IsReachable))
        {
            var personal = await delivery.ItemsForAsync(campaign, reach, PledgeDelivery.LaunchRound, cancellationToken).ConfigureAwait(false);
            items.AddRange(personal);
            people += personal.Count > 0 ? 1 : 0;
        }
        if (items.Count == 0)
        {
            return (0, 0, 0);
        }
        var result = await outbox.EnqueueAsync(batchId, items, cancellationToken).ConfigureAwait(false);
        return (result.Added, result.AlreadyThere, people);
    }

    /// <summary>Read-modify-write of the launch row with its ETag; gives up quietly (logged) when it keeps losing.</summary>
    private async Task ChangeAsync(string tenantId, string campaignId, Func<PledgeLaunch, PledgeLaunch> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await launches.GetAsync(tenantId, campaignId, cancellationToken).ConfigureAwait(false);
            if (current is null || await launches.TryUpdateAsync(change(current), cancellationToken).ConfigureAwait(false) is not null)
            {
                return;
            }
        }
        logger.LogWarning("Launch record of {CampaignId} not updated: it kept changing", campaignId);
    }

    private static AdminCardModel Error(string text) => new() { Errors = [text] };

    private static AdminCardModel Notice(string text) => new() { Notices = [text] };

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
