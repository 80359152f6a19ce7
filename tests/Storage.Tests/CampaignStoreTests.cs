using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Tenants;

namespace ThiDuaBot.Storage.Tests;

public sealed class CampaignStoreTests : StorageTestBase
{
    private static readonly DateTimeOffset T0 = new(2013, 3, 5, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task New_versions_keep_history_and_phase_states()
    {
        var store = new CampaignStore(Tables);
        var v1 = await store.SaveVersionAsync("t", "td-2013", "Kế hoạch", "id: td-2013 # v1", ["dot-1", "dot-2"], 0, "aad-sec", null, T0, CancellationToken.None);
        Assert.Equal(1, v1!.Version);
        await store.SetPhaseStateAsync("t", "td-2013", new PhaseState("dot-1", PhaseStatus.Active, T0, null, "aad-sec"), CancellationToken.None);

        var v2 = await store.SaveVersionAsync("t", "td-2013", "Kế hoạch (sửa)", "id: td-2013 # v2", ["dot-1", "dot-2", "dot-3"], 1, "aad-sec", "Thêm đợt 3", T0.AddDays(1), CancellationToken.None);

        Assert.Equal(2, v2!.Version);
        var current = await store.GetAsync("t", "td-2013", CancellationToken.None);
        Assert.Equal("id: td-2013 # v2", current!.Yaml);
        Assert.Equal(PhaseStatus.Active, current.Phases.Single(p => p.PhaseId == "dot-1").Status);
        Assert.Equal(PhaseStatus.NotStarted, current.Phases.Single(p => p.PhaseId == "dot-3").Status);
        var versions = await store.ListVersionsAsync("t", "td-2013", CancellationToken.None);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal("Thêm đợt 3", versions[1].ChangeSummary);
    }

    [Fact]
    public async Task Saving_on_a_stale_version_writes_nothing()
    {
        var store = new CampaignStore(Tables);
        await store.SaveVersionAsync("t", "c", "A", "a", ["p"], 0, null, null, T0, CancellationToken.None);
        await store.SaveVersionAsync("t", "c", "B", "b", ["p"], 1, null, null, T0, CancellationToken.None);

        var stale = await store.SaveVersionAsync("t", "c", "C", "c", ["p"], 1, null, null, T0, CancellationToken.None);

        Assert.Null(stale);
        Assert.Equal("b", (await store.GetAsync("t", "c", CancellationToken.None))!.Yaml);
        Assert.Equal(2, (await store.ListVersionsAsync("t", "c", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Two_concurrent_first_loads_store_exactly_one()
    {
        var store = new CampaignStore(Tables);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            store.SaveVersionAsync("t", "c", "T" + i, "y" + i, ["p"], 0, null, null, T0, CancellationToken.None)));

        var winner = Assert.Single(results, r => r is not null);
        Assert.Equal(winner!.Yaml, (await store.GetAsync("t", "c", CancellationToken.None))!.Yaml);
        Assert.Equal(winner.Yaml, Assert.Single(await store.ListVersionsAsync("t", "c", CancellationToken.None)).Yaml);
    }

    [Fact]
    public async Task Oversized_file_is_refused_before_anything_is_written()
    {
        var store = new CampaignStore(Tables);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.SaveVersionAsync("t", "c", "T", new string('x', StoredCampaign.MaxFileLength + 1), ["p"], 0, null, null, T0, CancellationToken.None));

        Assert.Null(await store.GetAsync("t", "c", CancellationToken.None));
    }

    [Fact]
    public async Task Unknown_phase_state_change_is_refused()
    {
        var store = new CampaignStore(Tables);
        await store.SaveVersionAsync("t", "c", "T", "y", ["dot-1"], 0, null, null, T0, CancellationToken.None);

        Assert.Null(await store.SetPhaseStateAsync("t", "c", new PhaseState("dot-9", PhaseStatus.Active, T0, null, null), CancellationToken.None));
        Assert.Null(await store.SetPhaseStateAsync("t", "nope", new PhaseState("dot-1", PhaseStatus.Active, T0, null, null), CancellationToken.None));
    }

    [Fact]
    public async Task Tenant_settings_start_empty_and_update_with_etag()
    {
        var store = new TenantSettingsStore(Tables);
        Assert.Null((await store.GetAsync("t", CancellationToken.None)).CouncilConversationId);

        await Task.WhenAll(
            store.UpdateAsync("t", s => s with { CouncilConversationId = "19:council@thread.tacv2", CouncilSetAt = T0 }, CancellationToken.None),
            store.UpdateAsync("t", s => s with { ActiveCampaignId = "td-2013" }, CancellationToken.None));

        var settings = await store.GetAsync("t", CancellationToken.None);
        Assert.Equal("19:council@thread.tacv2", settings.CouncilConversationId);
        Assert.Equal("td-2013", settings.ActiveCampaignId);
    }
}
