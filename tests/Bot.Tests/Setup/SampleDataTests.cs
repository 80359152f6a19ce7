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
