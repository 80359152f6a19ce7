using ThiDuaBot.Storage.Reminders;

namespace ThiDuaBot.Storage.Tests;

public sealed class ReminderStoreTests : StorageTestBase
{
    private const string Tenant = "tenant-1";
    private const string Campaign = "ke-hoach-2013";
    private static readonly DateTimeOffset T0 = new(2013, 3, 17, 1, 0, 0, TimeSpan.Zero);

    private Task<ReminderCountOutcome> CountAsync(ReminderStore store, string round, string person = "An@sokhcn.example", int max = 2) =>
        store.TryCountAsync(Tenant, Campaign, "pledge-individual", person, round, max, T0, CancellationToken.None);

    [Fact]
    public async Task Rounds_count_once_each_up_to_the_cap_per_person()
    {
        var store = new ReminderStore(Tables);

        Assert.Equal(ReminderCountOutcome.Counted, await CountAsync(store, "remind-2013-03-17T08:00"));
        Assert.Equal(ReminderCountOutcome.AlreadyCounted, await CountAsync(store, "remind-2013-03-17T08:00", "an@sokhcn.example"));
        Assert.Equal(ReminderCountOutcome.Counted, await CountAsync(store, "nudge-2013-03-18"));
        Assert.Equal(ReminderCountOutcome.CapReached, await CountAsync(store, "remind-2013-03-19T08:00"));
        Assert.Equal(ReminderCountOutcome.AlreadyCounted, await CountAsync(store, "nudge-2013-03-18"));
        Assert.Equal(ReminderCountOutcome.Counted, await CountAsync(store, "remind-2013-03-19T08:00", "binh@sokhcn.example"));
        Assert.Equal(2, await store.GetCountAsync(Tenant, Campaign, "pledge-individual", "an@sokhcn.example", CancellationToken.None));
    }

    [Fact]
    public async Task Rounds_counted_at_the_same_time_never_exceed_the_cap()
    {
        var store = new ReminderStore(Tables);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => CountAsync(store, "round-" + i, max: 3)));

        Assert.Equal(3, outcomes.Count(o => o == ReminderCountOutcome.Counted));
        Assert.Equal(3, outcomes.Count(o => o == ReminderCountOutcome.CapReached));
        Assert.Equal(3, await store.GetCountAsync(Tenant, Campaign, "pledge-individual", "an@sokhcn.example", CancellationToken.None));
    }

    [Fact]
    public async Task A_finished_slot_is_remembered_per_campaign()
    {
        var store = new ReminderStore(Tables);

        Assert.False(await store.IsSlotDoneAsync(Tenant, Campaign, "remind-2013-03-17T08:00", CancellationToken.None));
        await store.MarkSlotDoneAsync(Tenant, Campaign, "remind-2013-03-17T08:00", new ReminderSlotResult(3, 1, 1), T0, CancellationToken.None);
        await store.MarkSlotDoneAsync(Tenant, Campaign, "remind-2013-03-17T08:00", new ReminderSlotResult(3, 1, 1), T0, CancellationToken.None);

        Assert.True(await store.IsSlotDoneAsync(Tenant, Campaign, "remind-2013-03-17T08:00", CancellationToken.None));
        Assert.False(await store.IsSlotDoneAsync(Tenant, "ke-hoach-khac", "remind-2013-03-17T08:00", CancellationToken.None));
    }
}
