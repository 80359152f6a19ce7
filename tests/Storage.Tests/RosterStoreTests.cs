using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Storage.Tests;

public sealed class RosterStoreTests : StorageTestBase
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static Person An(string? aad = "aad-an") => new()
    {
        SignInName = "An.Nguyen@sokhcn.example.vn",
        DisplayName = "Nguyễn Văn An",
        Email = "an.nguyen@sokhcn.example.vn",
        AadObjectId = aad,
        UnitId = "van-phong",
        Roles = Role.Staff | Role.UnitHead,
        AddedAt = T0,
    };

    [Fact]
    public async Task Person_is_found_by_sign_in_name_in_any_case_and_by_object_id()
    {
        var store = new RosterStore(Tables);
        await store.ApplyAsync("tenant-a", "td-2013", new RosterChanges([An()], [new Unit { UnitId = "van-phong", Name = "Văn phòng Sở" }]), CancellationToken.None);

        var bySignIn = await store.GetPersonAsync("tenant-a", "td-2013", "AN.NGUYEN@sokhcn.example.vn", CancellationToken.None);
        var byAad = await store.FindByAadObjectIdAsync("tenant-a", "td-2013", "AAD-AN", CancellationToken.None);

        Assert.Equal(An() with { SignInName = "an.nguyen@sokhcn.example.vn" }, bySignIn);
        Assert.Equal(bySignIn, byAad);
        Assert.True(byAad!.Has(Role.UnitHead));
        Assert.False(byAad.Has(Role.CouncilSecretary));
        Assert.Equal("Văn phòng Sở", Assert.Single(await store.ListUnitsAsync("tenant-a", "td-2013", CancellationToken.None)).Name);
    }

    [Fact]
    public async Task Rosters_of_two_campaigns_and_two_tenants_do_not_mix()
    {
        var store = new RosterStore(Tables);
        await store.ApplyAsync("tenant-a", "td-2013", new RosterChanges([An()], []), CancellationToken.None);

        Assert.Null(await store.FindByAadObjectIdAsync("tenant-a", "td-2014", "aad-an", CancellationToken.None));
        Assert.Null(await store.FindByAadObjectIdAsync("tenant-b", "td-2013", "aad-an", CancellationToken.None));
        Assert.Empty(await store.ListPeopleAsync("tenant-b", "td-2013", CancellationToken.None));
    }

    [Fact]
    public async Task Large_roster_is_written_in_batches_and_read_back_in_one_partition_query()
    {
        var store = new RosterStore(Tables);
        var people = Enumerable.Range(0, 250).Select(i => An($"aad-{i}") with { SignInName = $"user{i}@example.vn", DisplayName = $"Người {i}" }).ToList();

        await store.ApplyAsync("tenant-a", "td-2013", new RosterChanges(people, []), CancellationToken.None);

        Assert.Equal(250, (await store.ListPeopleAsync("tenant-a", "td-2013", CancellationToken.None)).Count);
        Assert.Equal("Người 249", (await store.FindByAadObjectIdAsync("tenant-a", "td-2013", "aad-249", CancellationToken.None))?.DisplayName);
    }

    [Fact]
    public async Task Object_id_learned_later_links_a_csv_person_once()
    {
        var store = new RosterStore(Tables);
        await store.ApplyAsync("tenant-a", "td-2013", new RosterChanges([An(aad: null)], []), CancellationToken.None);
        Assert.Null(await store.FindByAadObjectIdAsync("tenant-a", "td-2013", "aad-an", CancellationToken.None));

        Assert.True(await store.LinkAadObjectIdAsync("tenant-a", "td-2013", "an.nguyen@sokhcn.example.vn", "aad-an", T0, CancellationToken.None));
        Assert.False(await store.LinkAadObjectIdAsync("tenant-a", "td-2013", "an.nguyen@sokhcn.example.vn", "aad-impostor", T0, CancellationToken.None));
        Assert.False(await store.LinkAadObjectIdAsync("tenant-a", "td-2013", "nobody@example.vn", "aad-x", T0, CancellationToken.None));

        Assert.Equal("Nguyễn Văn An", (await store.FindByAadObjectIdAsync("tenant-a", "td-2013", "aad-an", CancellationToken.None))?.DisplayName);
        Assert.Null(await store.FindByAadObjectIdAsync("tenant-a", "td-2013", "aad-impostor", CancellationToken.None));
    }

    [Fact]
    public async Task A_persons_first_messages_at_once_all_find_them_linked()
    {
        var store = new RosterStore(Tables);
        var others = Enumerable.Range(0, 8).Select(i => An(aad: null) with { SignInName = $"user{i}@example.vn" }).ToList();
        await store.ApplyAsync("tenant-a", "td-2013", new RosterChanges([An(aad: null), .. others], []), CancellationToken.None);

        // Each person's messages race each other; reading every row first makes the writes meet.
        var links = await Task.WhenAll(Enumerable.Range(0, 90).Select(i => i % 9 == 8
            ? store.LinkAadObjectIdAsync("tenant-a", "td-2013", "an.nguyen@sokhcn.example.vn", "aad-an", T0, CancellationToken.None)
            : store.LinkAadObjectIdAsync("tenant-a", "td-2013", $"user{i % 9}@example.vn", $"aad-user{i % 9}", T0, CancellationToken.None)));
        var impostor = await store.LinkAadObjectIdAsync("tenant-a", "td-2013", "an.nguyen@sokhcn.example.vn", "aad-impostor", T0, CancellationToken.None);

        Assert.All(links, Assert.True);
        Assert.False(impostor);
        Assert.Equal("Nguyễn Văn An", (await store.FindByAadObjectIdAsync("tenant-a", "td-2013", "aad-an", CancellationToken.None))?.DisplayName);
    }

    [Fact]
    public async Task A_units_people_are_one_range_query_and_follow_moves_in_small_and_large_changes()
    {
        var store = new RosterStore(Tables);
        var people = Enumerable.Range(0, 60)
            .Select(i => An($"aad-{i}") with { SignInName = $"user{i}@example.vn", DisplayName = $"Người {i}", UnitId = i % 3 == 0 ? "van-phong" : "phong-ke-hoach" })
            .Append(An() with { SignInName = "leader@example.vn", UnitId = null })
            .ToList();
        await store.ApplyAsync("tenant-a", "td-2013", new RosterChanges(people, []), CancellationToken.None);

        Assert.Equal(20, (await store.ListUnitPeopleAsync("tenant-a", "td-2013", "van-phong", CancellationToken.None)).Count);
        Assert.Equal(40, (await store.ListUnitPeopleAsync("tenant-a", "td-2013", "phong-ke-hoach", CancellationToken.None)).Count);
        // A unit whose id starts like another's does not see its people.
        Assert.Empty(await store.ListUnitPeopleAsync("tenant-a", "td-2013", "van", CancellationToken.None));

        // A small change (point reads): one person moves and is renamed.
        await store.ApplyAsync("tenant-a", "td-2013", new RosterChanges([people[0] with { UnitId = "phong-ke-hoach", DisplayName = "Người 0 (mới)" }], []), CancellationToken.None);
        var office = await store.ListUnitPeopleAsync("tenant-a", "td-2013", "van-phong", CancellationToken.None);
        var planning = await store.ListUnitPeopleAsync("tenant-a", "td-2013", "phong-ke-hoach", CancellationToken.None);
        Assert.Equal(19, office.Count);
        Assert.DoesNotContain(office, p => p.SignInName == "user0@example.vn");
        Assert.Equal("Người 0 (mới)", Assert.Single(planning, p => p.SignInName == "user0@example.vn").DisplayName);

        // A large change (one partition query): everyone in the office moves to planning, someone leaves the roster's units.
        var moved = people.Where(p => p.UnitId == "van-phong").Skip(1).Select(p => p with { UnitId = "phong-ke-hoach" })
            .Append(people[1] with { UnitId = null }).Append(people[2]).ToList();
        Assert.True(moved.Count > 20, "more people than the store reads one by one");
        await store.ApplyAsync("tenant-a", "td-2013", new RosterChanges(moved, []), CancellationToken.None);
        Assert.Empty(await store.ListUnitPeopleAsync("tenant-a", "td-2013", "van-phong", CancellationToken.None));
        planning = await store.ListUnitPeopleAsync("tenant-a", "td-2013", "phong-ke-hoach", CancellationToken.None);
        Assert.Equal(59, planning.Count);
        Assert.DoesNotContain(planning, p => p.SignInName == "user1@example.vn");
        Assert.Equal(61, (await store.ListPeopleAsync("tenant-a", "td-2013", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Object_id_learned_later_reaches_the_units_copy()
    {
        var store = new RosterStore(Tables);
        await store.ApplyAsync("tenant-a", "td-2013", new RosterChanges([An(aad: null)], []), CancellationToken.None);

        Assert.True(await store.LinkAadObjectIdAsync("tenant-a", "td-2013", "an.nguyen@sokhcn.example.vn", "aad-an", T0, CancellationToken.None));

        Assert.Equal("aad-an", Assert.Single(await store.ListUnitPeopleAsync("tenant-a", "td-2013", "van-phong", CancellationToken.None)).AadObjectId);
    }
}
