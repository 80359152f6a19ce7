using ThiDuaBot.Storage.Launches;

namespace ThiDuaBot.Storage.Tests;

public sealed class PledgeLaunchStoreTests : StorageTestBase
{
    private static readonly DateTimeOffset T0 = new(2013, 3, 5, 1, 0, 0, TimeSpan.Zero);

    private static PledgeLaunch Launch(string tenant = "tenant/a#1", string campaign = "ke-hoach-thi-dua-2013", string by = "aad-secretary") => new()
    {
        TenantId = tenant,
        CampaignId = campaign,
        BatchId = tenant + "|" + campaign + "|pledge-launch",
        LaunchedAt = T0,
        LaunchedByAadObjectId = by,
        LaunchedByName = "Đỗ Thị Hồng Nhung",
    };

    [Fact]
    public async Task The_first_launch_of_a_campaign_is_stored_and_a_second_one_is_refused_keeping_the_first()
    {
        var store = new PledgeLaunchStore(Tables);

        var first = await store.TryAddAsync(Launch(), CancellationToken.None);
        var second = await store.TryAddAsync(Launch(by: "aad-other"), CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(second);
        var stored = await store.GetAsync("tenant/a#1", "ke-hoach-thi-dua-2013", CancellationToken.None);
        Assert.Equal("aad-secretary", stored!.LaunchedByAadObjectId);
        Assert.Equal("Đỗ Thị Hồng Nhung", stored.LaunchedByName);
        Assert.Null(await store.GetAsync("tenant-b", "ke-hoach-thi-dua-2013", CancellationToken.None));
    }

    [Fact]
    public async Task An_update_from_a_stale_read_is_refused_and_changes_nothing()
    {
        var store = new PledgeLaunchStore(Tables);
        var added = (await store.TryAddAsync(Launch(), CancellationToken.None))!;

        var updated = await store.TryUpdateAsync(added with { NotReached = 3, ProgressActivityId = "activity-1" }, CancellationToken.None);
        var stale = await store.TryUpdateAsync(added with { NotReached = 99 }, CancellationToken.None);

        Assert.NotNull(updated);
        Assert.Null(stale);
        var stored = await store.GetAsync("tenant/a#1", "ke-hoach-thi-dua-2013", CancellationToken.None);
        Assert.Equal((3, "activity-1"), (stored!.NotReached, stored.ProgressActivityId));
    }

    [Fact]
    public async Task Only_launches_without_a_delivery_report_are_listed_as_running_across_tenants()
    {
        var store = new PledgeLaunchStore(Tables);
        await store.TryAddAsync(Launch("tenant-a"), CancellationToken.None);
        await store.TryAddAsync(Launch("tenant-b"), CancellationToken.None);
        var done = (await store.TryAddAsync(Launch("tenant-c"), CancellationToken.None))!;
        await store.TryUpdateAsync(done with { ReportedAt = T0.AddMinutes(5) }, CancellationToken.None);

        var running = new List<string>();
        await foreach (var launch in store.ListRunningAsync(CancellationToken.None))
        {
            running.Add(launch.TenantId);
        }

        Assert.Equal(["tenant-a", "tenant-b"], running.Order(StringComparer.Ordinal));
    }
}
