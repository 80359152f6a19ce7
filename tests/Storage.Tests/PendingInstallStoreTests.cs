using ThiDuaBot.Storage.Installs;

namespace ThiDuaBot.Storage.Tests;

public sealed class PendingInstallStoreTests : StorageTestBase
{
    private static readonly DateTimeOffset T0 = new(2013, 3, 5, 1, 0, 0, TimeSpan.Zero);

    private static PendingInstall Pending(string aad, string tenant = "tenant/a#1", PendingInstallOutcome outcome = PendingInstallOutcome.Requested) => new()
    {
        TenantId = tenant,
        AadObjectId = aad,
        RequestedAt = T0,
        Outcome = outcome,
        RequestedByAadObjectId = "secretary-aad",
    };

    [Fact]
    public async Task Upserted_rows_list_back_by_tenant_with_the_object_id_in_lower_case()
    {
        var store = new PendingInstallStore(Tables);
        await store.UpsertAsync(
        [
            Pending("5C0B1E2A-0000-4000-8000-000000000001"),
            Pending("5c0b1e2a-0000-4000-8000-000000000002", outcome: PendingInstallOutcome.AlreadyInstalled),
            Pending("5c0b1e2a-0000-4000-8000-000000000003", tenant: "tenant-b"),
            Pending("5c0b1e2a-0000-4000-8000-000000000004", outcome: PendingInstallOutcome.Failed),
        ], CancellationToken.None);

        var listed = (await store.ListAsync("tenant/a#1", CancellationToken.None)).OrderBy(p => p.AadObjectId, StringComparer.Ordinal).ToList();

        Assert.Equal(
        [
            Pending("5c0b1e2a-0000-4000-8000-000000000001"),
            Pending("5c0b1e2a-0000-4000-8000-000000000002", outcome: PendingInstallOutcome.AlreadyInstalled),
            Pending("5c0b1e2a-0000-4000-8000-000000000004", outcome: PendingInstallOutcome.Failed),
        ], listed);
    }

    [Fact]
    public async Task A_new_request_replaces_the_previous_row_of_that_person()
    {
        var store = new PendingInstallStore(Tables);
        await store.UpsertAsync([Pending("aad-1")], CancellationToken.None);

        await store.UpsertAsync([Pending("AAD-1", outcome: PendingInstallOutcome.AlreadyInstalled) with { RequestedAt = T0.AddDays(2) }], CancellationToken.None);

        var row = Assert.Single(await store.ListAsync("tenant/a#1", CancellationToken.None));
        Assert.Equal((PendingInstallOutcome.AlreadyInstalled, T0.AddDays(2)), (row.Outcome, row.RequestedAt));
    }

    [Fact]
    public async Task More_rows_than_one_transaction_holds_are_all_written()
    {
        var store = new PendingInstallStore(Tables);
        var many = Enumerable.Range(0, 250).Select(i => Pending($"aad-{i:D3}")).ToList();

        await store.UpsertAsync(many, CancellationToken.None);

        Assert.Equal(250, (await store.ListAsync("tenant/a#1", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Delete_forgets_one_person_and_says_whether_there_was_a_row()
    {
        var store = new PendingInstallStore(Tables);
        await store.UpsertAsync([Pending("aad-1"), Pending("aad-2")], CancellationToken.None);

        Assert.True(await store.DeleteAsync("tenant/a#1", "AAD-1", CancellationToken.None));
        Assert.False(await store.DeleteAsync("tenant/a#1", "aad-1", CancellationToken.None));

        Assert.Equal(["aad-2"], (await store.ListAsync("tenant/a#1", CancellationToken.None)).Select(p => p.AadObjectId));
    }
}
