using Microsoft.Extensions.DependencyInjection;
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

/// <summary>
/// The local run's trial clock (<c>SampleData:Today</c>): the bot lives on a chosen date, so the pledge round and the
/// monthly report can be tried together; refused anywhere but Development, and a date that is not one is refused.
/// </summary>
public sealed class SampleDataTodayTests : BotTestBase
{
    private static Dictionary<string, string?> TrialSettings(string today) => new()
    {
        ["SampleData:TenantId"] = BotApplication.TenantId,
        ["SampleData:RosterCsv"] = RepositoryRoot.Combine("samples", "roster", "so-khcn-bac-giang.csv"),
        ["SampleData:CurrentDates"] = "true",
        ["SampleData:Today"] = today,
    };

    [Fact]
    public async Task In_development_the_bot_lives_on_the_chosen_day_with_that_year_s_plan_open_for_pledges_and_reports()
    {
        var bot = CreateBot(TrialSettings("2027-03-10"), environment: "Development");
        bot.CreateClient().Dispose();

        var clock = bot.Services.GetRequiredService<TimeProvider>();
        var zone = SampleCampaign.Load().TimeZone;
        Assert.Equal(new DateOnly(2027, 3, 10), DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime));
        var settings = await bot.Services.GetRequiredService<TenantSettingsStore>().GetAsync(BotApplication.TenantId, CancellationToken.None);
        Assert.Equal("ke-hoach-thi-dua-2027", settings.ActiveCampaignId);
        var stored = await bot.Services.GetRequiredService<CampaignStore>().GetAsync(BotApplication.TenantId, "ke-hoach-thi-dua-2027", CancellationToken.None);
        var definition = CampaignFileParser.Parse(stored!.Yaml).Definition!;
        // Pledges still open (deadline 20/03/2027) and March inside phase 1: both can be tried that day.
        Assert.True(new DateOnly(2027, 3, 10) <= definition.PledgeDeadline);
        Assert.Contains(definition.Phases, phase => phase.Start <= new DateOnly(2027, 3, 10) && new DateOnly(2027, 3, 10) <= phase.End);
    }

    [Theory]
    [InlineData("Production", "2027-03-10", "for the local run only")]
    [InlineData("Development", "10/03/2027", "yyyy-MM-dd")]
    public void Outside_development_or_with_a_date_that_is_not_one_the_bot_does_not_start(string environment, string today, string message)
    {
        var bot = CreateBot(TrialSettings(today), environment);

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient().Dispose());

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }
}
