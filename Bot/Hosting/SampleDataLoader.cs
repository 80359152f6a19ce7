using Microsoft.Extensions.Options;
using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Hosting;

/// <summary>
/// Loads the sample campaign (the 2013 plan, or with <c>SampleData:CurrentDates</c> a copy moved to a year whose pledge
/// round is open today) and the sample roster for <c>SampleData:TenantId</c> at start, as the secretary would from the
/// admin card, so a newcomer finds a working campaign in the local Playground.
/// </summary>
public sealed class SampleDataLoader(
    IOptions<SampleDataOptions> options,
    CampaignLoader campaigns,
    RosterImportService rosters,
    TimeProvider time,
    ILogger<SampleDataLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.TenantId))
        {
            return;
        }
        var loader = new Caller(settings.TenantId, AadObjectId: null, CampaignId: null, Person: null, Role.CouncilSecretary);
        var yaml = SampleCampaign.ReadYaml();
        if (settings.CurrentDates)
        {
            var sample = SampleCampaign.Load();
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), sample.TimeZone).DateTime);
            yaml = SampleCampaign.ReadYamlForYear(SampleCampaign.TrialYear(today));
        }
        var campaign = await campaigns.LoadAsync(loader, Strings.Vi, yaml, cancellationToken).ConfigureAwait(false);
        foreach (var line in campaign.Errors.Concat(campaign.Notices))
        {
            logger.LogInformation("Sample campaign: {Line}", line);
        }
        if (string.IsNullOrWhiteSpace(settings.RosterCsv))
        {
            return;
        }
        if (!File.Exists(settings.RosterCsv))
        {
            logger.LogWarning("Sample roster {Path} not found; no roster loaded", settings.RosterCsv);
            return;
        }
        var content = await File.ReadAllBytesAsync(settings.RosterCsv, cancellationToken).ConfigureAwait(false);
        var campaignId = CampaignFileParser.Parse(yaml).Definition!.Id;
        var roster = await rosters.ImportCsvAsync(loader with { CampaignId = campaignId }, Strings.Vi, content, cancellationToken).ConfigureAwait(false);
        foreach (var line in roster.Errors.Concat(roster.Notices))
        {
            logger.LogInformation("Sample roster: {Line}", line);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
