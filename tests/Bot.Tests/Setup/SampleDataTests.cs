using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.Storage.Tenants;
using ThiDuaBot.TestSupport;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Setup;

/// <summary>The local run's sample data: the sample campaign and roster loaded at start, once.</summary>
public sealed class SampleDataTests : BotTestBase
{
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["SampleData:TenantId"] = BotApplication.TenantId,
        ["SampleData:RosterCsv"] = RepositoryRoot.Combine("samples", "roster", "so-khcn-bac-giang.csv"),
    };

    [Fact]
    public async Task Sample_campaign_and_roster_are_loaded_at_start_and_a_restart_changes_nothing()
    {
        var campaignId = SampleCampaign.Load().Id;
        Assert.Equal(campaignId, (await Service<TenantSettingsStore>().GetAsync(BotApplication.TenantId, CancellationToken.None)).ActiveCampaignId);
        Assert.Equal(41, (await Service<RosterStore>().ListPeopleAsync(BotApplication.TenantId, campaignId, CancellationToken.None)).Count);

        await using var restarted = new BotApplication(Channel, StorageConnectionString, Bot.TablePrefix, Settings);
        restarted.CreateClient().Dispose();

        Assert.Single(await Service<CampaignStore>().ListVersionsAsync(BotApplication.TenantId, campaignId, CancellationToken.None));
        Assert.Equal(41, (await Service<RosterStore>().ListPeopleAsync(BotApplication.TenantId, campaignId, CancellationToken.None)).Count);
    }
}

/// <summary>The local run's trial copy: the sample moved to a year whose pledge round is open today.</summary>
public sealed class SampleDataCurrentDatesTests : BotTestBase
{
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["SampleData:TenantId"] = BotApplication.TenantId,
        ["SampleData:RosterCsv"] = RepositoryRoot.Combine("samples", "roster", "so-khcn-bac-giang.csv"),
        ["SampleData:CurrentDates"] = "true",
    };

    protected override void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services) =>
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TimeProvider>(
            services, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(7))));

    [Fact]
    public async Task In_late_November_the_trial_copy_is_next_year_s_plan_with_the_roster_and_an_open_pledge_round()
    {
        var settings = await Service<TenantSettingsStore>().GetAsync(BotApplication.TenantId, CancellationToken.None);
        Assert.Equal("ke-hoach-thi-dua-2027", settings.ActiveCampaignId);
        var stored = await Service<CampaignStore>().GetAsync(BotApplication.TenantId, "ke-hoach-thi-dua-2027", CancellationToken.None);
        var definition = CampaignFileParser.Parse(stored!.Yaml).Definition!;
        Assert.Equal((2027, new DateOnly(2027, 3, 20)), (definition.Year, definition.PledgeDeadline));
        Assert.EndsWith("(bản chạy thử năm 2027)", definition.Title, StringComparison.Ordinal);
        Assert.Equal(41, (await Service<RosterStore>().ListPeopleAsync(BotApplication.TenantId, "ke-hoach-thi-dua-2027", CancellationToken.None)).Count);
    }
}
