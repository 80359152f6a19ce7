using ThiDuaBot.Storage.Scheduling;

namespace ThiDuaBot.Storage.Tests;

public sealed class JobLeaseStoreTests : StorageTestBase
{
    private static readonly DateTimeOffset T0 = new(2013, 3, 17, 1, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task The_first_owner_holds_the_lease_and_renews_it_while_the_other_is_refused_until_it_lapses()
    {
        var store = new JobLeaseStore(Tables);

        Assert.True(await store.TryAcquireAsync("job", "a", Lease, T0, CancellationToken.None));
        Assert.False(await store.TryAcquireAsync("job", "b", Lease, T0 + TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.True(await store.TryAcquireAsync("job", "a", Lease, T0 + TimeSpan.FromMinutes(2), CancellationToken.None));
        // Renewed at T0+2 min: still a's at T0+4 min, b's once it lapsed at T0+5 min.
        Assert.False(await store.TryAcquireAsync("job", "b", Lease, T0 + TimeSpan.FromMinutes(4), CancellationToken.None));
        Assert.True(await store.TryAcquireAsync("job", "b", Lease, T0 + TimeSpan.FromMinutes(5), CancellationToken.None));
        Assert.False(await store.TryAcquireAsync("job", "a", Lease, T0 + TimeSpan.FromMinutes(6), CancellationToken.None));
        Assert.Equal(("b", T0 + TimeSpan.FromMinutes(8)), await store.GetAsync("job", CancellationToken.None));
    }

    [Fact]
    public async Task Of_many_owners_racing_for_a_free_or_lapsed_lease_exactly_one_wins()
    {
        var store = new JobLeaseStore(Tables);
        var owners = Enumerable.Range(0, 8).Select(i => "owner-" + i).ToList();

        var first = await Task.WhenAll(owners.Select(o => store.TryAcquireAsync("job", o, Lease, T0, CancellationToken.None)));
        var later = T0 + Lease + TimeSpan.FromSeconds(1);
        var second = await Task.WhenAll(owners.Select(o => store.TryAcquireAsync("job", o, Lease, later, CancellationToken.None)));

        Assert.Single(first, won => won);
        Assert.Single(second, won => won);
    }

    [Fact]
    public async Task A_released_lease_is_free_at_once_and_only_its_owner_can_release_it()
    {
        var store = new JobLeaseStore(Tables);
        await store.TryAcquireAsync("job", "a", Lease, T0, CancellationToken.None);

        await store.ReleaseAsync("job", "b", CancellationToken.None);
        Assert.False(await store.TryAcquireAsync("job", "b", Lease, T0, CancellationToken.None));
        await store.ReleaseAsync("job", "a", CancellationToken.None);
        Assert.True(await store.TryAcquireAsync("job", "b", Lease, T0, CancellationToken.None));
    }
}
