using Azure.Data.Tables;
using ThiDuaBot.Storage.Pledges;

namespace ThiDuaBot.Storage.Tests;

public sealed class PledgeStoreTests : StorageTestBase
{
    private const string Tenant = "t";
    private const string Campaign = "td-2013";
    private static readonly DateTimeOffset T0 = new(2013, 3, 10, 2, 0, 0, TimeSpan.Zero);
    private static readonly PledgeAuthor An = new("aad-an", "an@x.example", "Nguyễn Văn An");

    private static PledgeContent Content(string title = "lao-dong-tien-tien", string targets = "Hoàn thành 100% nhiệm vụ", int? initiatives = null, params string[] areas) => new(
        title,
        areas.Length == 0 ? ["cai-cach-hanh-chinh"] : areas,
        targets,
        initiatives is { } n ? new Dictionary<string, int> { ["initiatives"] = n } : new Dictionary<string, int>(),
        "Tôi xin cam kết thực hiện.");

    private static PledgeSave Save(PledgeContent content, string nonce, string subject = "An@X.example", string? unit = "van-phong", PledgeKind kind = PledgeKind.Individual, int minutes = 0) => new()
    {
        TenantId = Tenant,
        CampaignId = Campaign,
        Kind = kind,
        Subject = subject,
        UnitId = unit,
        Content = content,
        CampaignVersion = 1,
        Nonce = nonce,
        By = An,
        At = T0.AddMinutes(minutes),
    };

    [Fact]
    public async Task First_save_is_version_1_and_reads_back_by_subject_in_any_case()
    {
        var store = new PledgeStore(Tables);

        var result = await store.SaveAsync(Save(Content(initiatives: 2), "n1"), CancellationToken.None);

        Assert.Equal(PledgeSaveOutcome.Saved, result.Outcome);
        var stored = await store.GetAsync(Tenant, Campaign, PledgeKind.Individual, "AN@x.example", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(1, stored.Version);
        Assert.Equal("an@x.example", stored.Subject);
        Assert.Equal(Content(initiatives: 2), stored.Content);
        Assert.Equal(T0, stored.FirstSavedAt);
        Assert.Equal(An, stored.SavedBy);
        Assert.Null(await store.GetAsync(Tenant, Campaign, PledgeKind.Collective, "an@x.example", CancellationToken.None));
    }

    [Fact]
    public async Task Each_change_is_a_new_version_with_its_whole_content_and_the_difference_computed()
    {
        var store = new PledgeStore(Tables);
        await store.SaveAsync(Save(Content(initiatives: 1), "n1"), CancellationToken.None);

        var second = await store.SaveAsync(Save(Content("chien-si-thi-dua-co-so", "Chỉ tiêu mới", 3, "cai-cach-hanh-chinh", "quan-ly-nha-nuoc"), "n2", minutes: 5), CancellationToken.None);

        Assert.Equal(PledgeSaveOutcome.Saved, second.Outcome);
        Assert.Equal(2, second.Pledge!.Version);
        Assert.Equal(T0, second.Pledge.FirstSavedAt);
        var versions = await store.ListVersionsAsync(Tenant, Campaign, PledgeKind.Individual, "an@x.example", CancellationToken.None);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal("Hoàn thành 100% nhiệm vụ", versions[0].Content.Targets);
        Assert.Null(versions[0].Changes);
        var changes = versions[1].Changes!;
        Assert.Equal(("lao-dong-tien-tien", "chien-si-thi-dua-co-so"), (changes.TitleBefore, changes.TitleAfter));
        Assert.Equal(["quan-ly-nha-nuoc"], changes.AreasAdded);
        Assert.Empty(changes.AreasRemoved);
        Assert.True(changes.TargetsChanged);
        Assert.False(changes.CommitmentChanged);
        Assert.Equal([new PledgeNumberChange("initiatives", 1, 3)], changes.Numbers);
        Assert.Equal("n2", versions[1].Nonce);
        Assert.Equal(T0.AddMinutes(5), versions[1].SavedAt);
    }

    [Fact]
    public async Task Same_content_or_same_card_again_stores_nothing()
    {
        var store = new PledgeStore(Tables);
        await store.SaveAsync(Save(Content(), "n1"), CancellationToken.None);

        var sameContent = await store.SaveAsync(Save(Content(), "n2"), CancellationToken.None);
        var sameCard = await store.SaveAsync(Save(Content(targets: "Sửa lại"), "n1"), CancellationToken.None);

        Assert.Equal(PledgeSaveOutcome.Unchanged, sameContent.Outcome);
        Assert.Equal(PledgeSaveOutcome.AlreadySaved, sameCard.Outcome);
        Assert.Single(await store.ListVersionsAsync(Tenant, Campaign, PledgeKind.Individual, "an@x.example", CancellationToken.None));
        Assert.Equal(1, (await store.GetAsync(Tenant, Campaign, PledgeKind.Individual, "an@x.example", CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task Concurrent_clicks_of_one_card_store_one_version()
    {
        var store = new PledgeStore(Tables);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => store.SaveAsync(Save(Content(), "same-card"), CancellationToken.None)));

        Assert.Single(results, r => r.Outcome == PledgeSaveOutcome.Saved);
        Assert.All(results, r => Assert.Equal(1, r.Pledge!.Version));
        Assert.Single(await store.ListVersionsAsync(Tenant, Campaign, PledgeKind.Individual, "an@x.example", CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_different_edits_get_consecutive_versions_and_none_is_lost()
    {
        var store = new PledgeStore(Tables);

        var results = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => store.SaveAsync(Save(Content(targets: "Bản " + i), "card-" + i), CancellationToken.None)));

        Assert.All(results, r => Assert.Equal(PledgeSaveOutcome.Saved, r.Outcome));
        var versions = await store.ListVersionsAsync(Tenant, Campaign, PledgeKind.Individual, "an@x.example", CancellationToken.None);
        Assert.Equal([1, 2, 3, 4], versions.Select(v => v.Version));
        Assert.Equal(Enumerable.Range(1, 4).Select(i => "Bản " + i).Order(), versions.Select(v => v.Content.Targets).Order());
        Assert.Equal(4, (await store.GetAsync(Tenant, Campaign, PledgeKind.Individual, "an@x.example", CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task A_unit_lists_its_people_and_its_own_pledge_and_a_move_follows_the_person()
    {
        var store = new PledgeStore(Tables);
        await store.SaveAsync(Save(Content(), "a", subject: "an@x.example"), CancellationToken.None);
        await store.SaveAsync(Save(Content(), "b", subject: "binh@x.example"), CancellationToken.None);
        await store.SaveAsync(Save(Content(), "c", subject: "cuong@x.example", unit: "thanh-tra"), CancellationToken.None);
        await store.SaveAsync(Save(Content("tap-the-lao-dong-xuat-sac"), "d", subject: "van-phong", kind: PledgeKind.Collective), CancellationToken.None);
        await store.SaveAsync(Save(Content(), "e", subject: "giamdoc@x.example", unit: null), CancellationToken.None);

        var office = await store.ListUnitAsync(Tenant, Campaign, "van-phong", CancellationToken.None);
        Assert.Equal(["an@x.example", "binh@x.example", "van-phong"], office.Select(e => e.Subject).Order());
        Assert.Equal("tap-the-lao-dong-xuat-sac", office.Single(e => e.Kind == PledgeKind.Collective).TitleId);
        Assert.Equal(5, (await store.ListCampaignAsync(Tenant, Campaign, CancellationToken.None)).Count);

        await store.SaveAsync(Save(Content(targets: "Ở đơn vị mới"), "f", subject: "binh@x.example", unit: "thanh-tra"), CancellationToken.None);

        Assert.Equal(["an@x.example", "van-phong"], (await store.ListUnitAsync(Tenant, Campaign, "van-phong", CancellationToken.None)).Select(e => e.Subject).Order());
        var inspection = await store.ListUnitAsync(Tenant, Campaign, "thanh-tra", CancellationToken.None);
        Assert.Equal(2, inspection.Single(e => e.Subject == "binh@x.example").Version);

        // Every unit at once, from the index only: one row per pledge with a unit (not the one without, nor versions).
        var all = await store.ListAllUnitEntriesAsync(Tenant, Campaign, CancellationToken.None);
        Assert.Equal(["an@x.example", "binh@x.example", "cuong@x.example", "van-phong"], all.Select(e => e.Subject).Order());
        Assert.Equal("thanh-tra", all.Single(e => e.Subject == "binh@x.example").UnitId);
    }

    [Fact]
    public async Task A_campaign_sees_only_its_own_pledges_and_versions_are_not_listed_as_pledges()
    {
        var store = new PledgeStore(Tables);
        await store.SaveAsync(Save(Content(), "a"), CancellationToken.None);
        await store.SaveAsync(Save(Content(targets: "khác"), "b"), CancellationToken.None);
        await store.SaveAsync(Save(Content(), "c") with { CampaignId = "td-2014" }, CancellationToken.None);

        var pledges = await store.ListCampaignAsync(Tenant, Campaign, CancellationToken.None);

        var only = Assert.Single(pledges);
        Assert.Equal(2, only.Version);
        var rows = new List<TableEntity>();
        await foreach (var row in Service.GetTableClient(Prefix + TableNames.Pledges).QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }
        Assert.Equal(7, rows.Count); // 2 current + 2 unit index + 3 versions
    }
}
