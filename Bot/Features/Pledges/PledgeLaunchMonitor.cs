using System.Globalization;
using Microsoft.Extensions.Options;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Launches;
using ThiDuaBot.Storage.Outbox;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// Keeps every running launch's progress card current: every <see cref="PledgeLaunchOptions.LaunchProgressInterval"/>
/// it reads each running launch's batch and, when the counts changed, updates the secretary's card in place; when
/// every card is final it replaces it with the delivery report and the launch stops being watched. Any instance may
/// do it: the launch row's ETag decides which one records it, and writing the same card twice does no harm.
/// </summary>
public sealed class PledgeLaunchMonitor(
    PledgeLaunchStore launches,
    PledgeCampaigns campaigns,
    PledgeLaunchReporter reporter,
    IServiceProvider services,
    IOptions<PledgeLaunchOptions> options,
    TimeProvider time,
    ILogger<PledgeLaunchMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(options.Value.LaunchProgressInterval, time, stoppingToken).ConfigureAwait(false);
                try
                {
                    await TickAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "Launch progress not updated; trying again");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One round over the running launches.</summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        var running = new List<PledgeLaunch>();
        await foreach (var launch in launches.ListRunningAsync(cancellationToken).ConfigureAwait(false))
        {
            running.Add(launch);
        }
        foreach (var launch in running)
        {
            await UpdateAsync(launch, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task UpdateAsync(PledgeLaunch launch, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var campaign = await campaigns.LoadAsync(launch.TenantId, launch.CampaignId, cancellationToken).ConfigureAwait(false);
        if (campaign is null)
        {
            // The campaign is gone from storage: nothing left to report on.
            await launches.TryUpdateAsync(launch with { ReportedAt = now }, cancellationToken).ConfigureAwait(false);
            return;
        }
        var strings = Strings.For(LanguageExtensions.FromLocale(launch.Language));
        var connector = services.GetRequiredService<ConnectorClient>();
        var (model, progress) = await reporter.BuildAsync(connector, campaign, launch, strings, cancellationToken).ConfigureAwait(false);
        var shown = Fingerprint(model, progress);
        if (shown == launch.LastShown)
        {
            return;
        }
        if (launch is { ProgressServiceUrl: { } serviceUrl, ProgressConversationId: { } conversationId, ProgressActivityId: { } activityId })
        {
            var card = PledgeLaunchCard.Build(strings, model);
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                Id = activityId,
                Attachments = [new Attachment { ContentType = AdaptiveCard.ContentType, Content = card }],
            };
            var result = await connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken).ConfigureAwait(false);
            if (!result.IsOk)
            {
                logger.LogWarning("Launch progress card of {CampaignId} not updated: {Outcome}", launch.CampaignId, result.Outcome);
                if (result.Outcome != ConnectorOutcome.RecipientUnreachable)
                {
                    return; // try again next time
                }
            }
        }
        await launches.TryUpdateAsync(launch with
        {
            LastShown = shown,
            ReportedAt = model.Finished ? now : null,
            Cards = model.Cards,
            Sent = model.Sent,
            NotReached = model.NotReachedCount,
        }, cancellationToken).ConfigureAwait(false);
        if (model.Finished)
        {
            logger.LogInformation("Pledge round of {CampaignId}: delivery report out ({Sent} sent, {NotDelivered} not delivered, {NotReached} not reachable)",
                launch.CampaignId, model.Sent, model.NotDelivered + model.Uncertain, model.NotReachedCount);
        }
    }

    private static string Fingerprint(PledgeLaunchCardModel model, OutboxProgress progress) =>
        (model.Finished ? "done;" : "running;")
        + string.Join(";", progress.Counts.OrderBy(c => c.Key).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}={c.Value}")));
}
