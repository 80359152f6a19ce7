using Microsoft.Extensions.Options;
using ThiDuaBot.Storage.Charts;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// Deletes chart data older than <see cref="DigestOptions.ChartLifetime"/>, a few minutes after start and then once a
/// day. The picture of an older card then answers 404; Teams draws its chart element itself, so only clients that
/// fell back to the picture lose it. Every instance may run it: deleting a row twice is harmless.
/// </summary>
public sealed class ChartCleanup(ChartStore charts, IOptions<DigestOptions> options, TimeProvider time, ILogger<ChartCleanup> logger) : BackgroundService
{
    public static readonly TimeSpan FirstRunAfter = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// <summary>One pass: how many charts were deleted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var deleted = await charts.DeleteMadeBeforeAsync(time.GetUtcNow() - options.Value.ChartLifetime, cancellationToken).ConfigureAwait(false);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} charts made more than {Lifetime} ago", deleted, options.Value.ChartLifetime);
        }
        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstRunAfter, time, stoppingToken).ConfigureAwait(false);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "Deleting old charts failed; trying again tomorrow");
                }
                await Task.Delay(Interval, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
