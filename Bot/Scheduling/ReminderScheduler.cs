using Microsoft.Extensions.Options;
using ThiDuaBot.Bot.Features.Digests;
using ThiDuaBot.Bot.Features.Digests.Reviews;
using ThiDuaBot.Bot.Features.Pledges.Reminders;
using ThiDuaBot.Bot.Features.Progress.Reminders;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Storage.Launches;
using ThiDuaBot.Storage.Scheduling;

namespace ThiDuaBot.Bot.Scheduling;

/// <summary>
/// Runs the pledge reminders and the monthly progress sends of every tenant: every <see cref="ReminderOptions.TickInterval"/>
/// it takes (or renews) the job's lease and, while it holds it, runs <see cref="PledgeReminderJob"/> and
/// <see cref="ProgressMonthlyJob"/>, <see cref="MonthlyDigestJob"/>, <see cref="PledgeDigestJob"/> and <see cref="ReviewDigestJob"/> for each launched campaign (the pledge launches are the list of campaigns people
/// act in: one partition query; the monthly job only acts for the tenant's active one). Of several
/// instances one holds the lease; if it dies, another takes over once the lease has expired. The lease saves work,
/// it does not carry correctness: a slot run twice still reaches each person once (outbox keys, counters).
/// </summary>
public sealed class ReminderScheduler(
    JobLeaseStore leases,
    PledgeLaunchStore launches,
    PledgeReminderJob job,
    ProgressMonthlyJob monthly,
    MonthlyDigestJob digests,
    PledgeDigestJob pledgeDigests,
    ReviewDigestJob reviews,
    IHttpClientFactory httpClients,
    IConnectorTokenProvider tokens,
    ILoggerFactory loggers,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderScheduler> logger) : BackgroundService
{
    public const string JobName = "pledge-reminders";

    private readonly ReminderOptions _options = options.Value;

    /// <summary>This instance's name on the lease.</summary>
    public string InstanceId { get; } = Environment.MachineName + "-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>
    /// One pass: if any pledge round was launched, take the lease, then run each launched campaign's due pledge slot and
    /// its due monthly slots. A failing campaign, or job, does not stop the others. With nothing launched anywhere the tick writes nothing, not even the lease.
    /// </summary>
    public async Task<ReminderTick> TickAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var launched = new List<PledgeLaunch>();
        await foreach (var launch in launches.ListAllAsync(cancellationToken).ConfigureAwait(false))
        {
            launched.Add(launch);
        }
        if (launched.Count == 0 || !await leases.TryAcquireAsync(JobName, InstanceId, _options.LeaseDuration, now, cancellationToken).ConfigureAwait(false))
        {
            return ReminderTick.NotLeader;
        }
        var connector = new ConnectorClient(httpClients.CreateClient(ConnectorClient.HttpClientName), tokens, loggers.CreateLogger<ConnectorClient>());
        var runs = new List<PledgeReminderRun>();
        var progressRuns = new List<ProgressSlotRun>();
        var digestRuns = new List<DigestRun>();
        var pledgeDigestRuns = new List<PledgeDigestRun>();
        var reviewRuns = new List<ReviewRun>();
        foreach (var launch in launched)
        {
            try
            {
                if (await job.RunAsync(launch, now, _options.LateWindow, connector, cancellationToken).ConfigureAwait(false) is { } run)
                {
                    runs.Add(run);
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Pledge reminders of campaign {CampaignId} failed; the next tick tries again", launch.CampaignId);
            }
            try
            {
                progressRuns.AddRange(await monthly.RunAsync(launch.TenantId, launch.CampaignId, now, _options.LateWindow, connector, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Monthly progress sends of campaign {CampaignId} failed; the next tick tries again", launch.CampaignId);
            }
            try
            {
                digestRuns.AddRange((await digests.RunAsync(launch.TenantId, launch.CampaignId, now, cancellationToken).ConfigureAwait(false))
                    .Select(month => new DigestRun(launch.TenantId, launch.CampaignId, month.Key)));
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Council digest of campaign {CampaignId} failed; the next tick tries again", launch.CampaignId);
            }
            try
            {
                if (await pledgeDigests.RunAsync(launch, now, cancellationToken).ConfigureAwait(false) is { } pledgeDigest)
                {
                    pledgeDigestRuns.Add(pledgeDigest);
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Pledge round digest of campaign {CampaignId} failed; the next tick tries again", launch.CampaignId);
            }
            try
            {
                reviewRuns.AddRange((await reviews.RunAsync(launch.TenantId, launch.CampaignId, now, cancellationToken).ConfigureAwait(false))
                    .Select(phase => new ReviewRun(launch.TenantId, launch.CampaignId, phase)));
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Phase review of campaign {CampaignId} failed; the next tick tries again", launch.CampaignId);
            }
        }
        return new ReminderTick(true, runs, progressRuns, digestRuns, PledgeDigestRuns: pledgeDigestRuns, ReviewRuns: reviewRuns);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            logger.LogInformation("Reminder scheduler is off (Reminders:Enabled=false)");
            return;
        }
        await Task.Yield();
        logger.LogInformation("Reminder scheduler {Instance} started: tick {Tick}, lease {Lease}", InstanceId, _options.TickInterval, _options.LeaseDuration);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await TickAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // Storage down or unreachable: keep the loop, and the host, alive.
                    logger.LogWarning(ex, "Reminder scheduler tick failed; trying again");
                }
                await Task.Delay(_options.TickInterval, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (_options.Enabled)
        {
            try
            {
                await leases.ReleaseAsync(JobName, InstanceId, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // Shutting down anyway (storage gone, or the host's stop timeout): the lease expires by itself.
                logger.LogInformation(ex, "Could not release the reminder scheduler's lease; it expires by itself");
            }
        }
    }
}
