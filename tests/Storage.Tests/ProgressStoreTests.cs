using Azure.Data.Tables;
using ThiDuaBot.Storage.Progress;

namespace ThiDuaBot.Storage.Tests;

public sealed class ProgressStoreTests : StorageTestBase
{
    private const string Tenant = "t";
    private const string Campaign = "td-2013";
    private const string March = "2013-03";
    private const string Office = "van-phong";
    private static readonly DateTimeOffset T0 = new(2013, 3, 25, 2, 0, 0, TimeSpan.Zero);
    private static readonly ProgressAuthor An = new("aad-an", "an@x.example", "Nguyễn Văn An");

    private static ProgressContent Content(ProgressStatus status = ProgressStatus.InProgress, string achieved = "Đã rà soát 12 thủ tục hành chính.", GoodDeed? deed = null) =>
        new([new ProgressAreaReport("cai-cach-hanh-chinh", status, achieved), new ProgressAreaReport("quan-ly-nha-nuoc", ProgressStatus.NotStarted, "")], deed);

    private static ProgressSave Save(ProgressContent content, string nonce, string subject = "An@X.example", string? unit = Office, string month = March, int minutes = 0) => new()
    {
        TenantId = Tenant,
        CampaignId = Campaign,
        Month = month,
        Subject = subject,
        UnitId = unit,
        Content = content,
        PledgeVersion = 1,
        Nonce = nonce,
        By = An,
        At = T0.AddMinutes(minutes),
    };

    [Fact]
    public async Task First_save_is_version_1_with_history_and_unit_index_in_the_month_partition()
    {
        var store = new ProgressStore(Tables);

        var result = await store.SaveAsync(Save(Content(deed: new GoodDeed(null, "Nhặt được ví, trả lại người mất.")), "n1"), CancellationToken.None);

        Assert.Equal(ProgressSaveOutcome.Saved, result.Outcome);
        var stored = await store.GetAsync(Tenant, Campaign, March, "an@x.EXAMPLE", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(1, stored.Version);
        Assert.Equal("an@x.example", stored.Subject);
        Assert.Equal(Content(deed: new GoodDeed(null, "Nhặt được ví, trả lại người mất.")), stored.Content);
        Assert.True(stored.Content.GoodDeed!.AboutSelf);
        var entry = Assert.Single(await store.ListUnitAsync(Tenant, Campaign, March, Office, CancellationToken.None));
        Assert.Equal(ProgressStatus.InProgress, entry.Statuses["cai-cach-hanh-chinh"]);
        Assert.Equal(ProgressStatus.NotStarted, entry.Statuses["quan-ly-nha-nuoc"]);
        Assert.True(entry.GoodDeedProposed);
        Assert.Equal([1], (await store.ListVersionsAsync(Tenant, Campaign, March, An.SignInName!, CancellationToken.None)).Select(v => v.Version));

        // The month is one partition: p|, u| and v| rows, nothing else, and another month is another partition.
        var rows = await Tables.Get(TableNames.Progress).QueryAsync<TableEntity>(e => e.PartitionKey == "t|td-2013|2013-03").ToListAsync();
        Assert.Equal(["p|an@x.example", "u|van-phong|an@x.example", "v|an@x.example|000001"], rows.Select(r => r.RowKey).Order(StringComparer.Ordinal));
        Assert.Null(await store.GetAsync(Tenant, Campaign, "2013-04", An.SignInName!, CancellationToken.None));
    }

    [Fact]
    public async Task Same_nonce_or_same_content_stores_once_and_a_change_is_version_2()
    {
        var store = new ProgressStore(Tables);
        await store.SaveAsync(Save(Content(), "n1"), CancellationToken.None);

        Assert.Equal(ProgressSaveOutcome.AlreadySaved, (await store.SaveAsync(Save(Content(ProgressStatus.Done), "n1"), CancellationToken.None)).Outcome);
        Assert.Equal(ProgressSaveOutcome.Unchanged, (await store.SaveAsync(Save(Content(), "n2"), CancellationToken.None)).Outcome);
        var second = await store.SaveAsync(Save(Content(ProgressStatus.Done, "Xong."), "n3", minutes: 5), CancellationToken.None);

        Assert.Equal(ProgressSaveOutcome.Saved, second.Outcome);
        var versions = await store.ListVersionsAsync(Tenant, Campaign, March, An.SignInName!, CancellationToken.None);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal(ProgressStatus.InProgress, versions[0].Content.Areas[0].Status);
        Assert.Equal(ProgressStatus.Done, versions[1].Content.Areas[0].Status);
        Assert.Equal("n3", versions[1].Nonce);
        Assert.Equal(ProgressStatus.Done, Assert.Single(await store.ListUnitAsync(Tenant, Campaign, March, Office, CancellationToken.None)).Statuses["cai-cach-hanh-chinh"]);
    }

    [Fact]
    public async Task Concurrent_saves_of_one_card_store_one_version()
    {
        var store = new ProgressStore(Tables);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.SaveAsync(Save(Content(), "same"), CancellationToken.None)));

        Assert.Single(results, r => r.Outcome == ProgressSaveOutcome.Saved);
        Assert.Single(await store.ListVersionsAsync(Tenant, Campaign, March, An.SignInName!, CancellationToken.None));
    }

    [Fact]
    public async Task The_unit_report_row_closes_the_month_for_the_unit_only_and_is_not_in_the_unit_index()
    {
        var store = new ProgressStore(Tables);
        await store.SaveAsync(Save(Content(), "n1"), CancellationToken.None);
        Assert.False(await store.IsUnitMonthClosedAsync(Tenant, Campaign, March, Office, CancellationToken.None));

        var head = new ProgressAuthor("aad-dung", "dung@x.example", "Hoàng Văn Dũng");
        var report = await store.SubmitUnitReportAsync(Tenant, Campaign, March, Office, head, T0.AddDays(3), CancellationToken.None);
        var again = await store.SubmitUnitReportAsync(Tenant, Campaign, March, Office, An, T0.AddDays(4), CancellationToken.None);

        Assert.Equal(head, report.SubmittedBy);
        Assert.Equal(T0.AddDays(3), again.SubmittedAt);
        Assert.True(await store.IsUnitMonthClosedAsync(Tenant, Campaign, March, Office, CancellationToken.None));
        Assert.False(await store.IsUnitMonthClosedAsync(Tenant, Campaign, "2013-04", Office, CancellationToken.None));
        Assert.False(await store.IsUnitMonthClosedAsync(Tenant, Campaign, March, "phong-khac", CancellationToken.None));
        Assert.Single(await store.ListUnitAsync(Tenant, Campaign, March, Office, CancellationToken.None));
        Assert.Single(await store.ListMonthAsync(Tenant, Campaign, March, CancellationToken.None));

        var refused = await store.SaveAsync(Save(Content(ProgressStatus.Done), "n2"), CancellationToken.None);
        Assert.Equal(ProgressSaveOutcome.MonthClosed, refused.Outcome);
        Assert.Single(await store.ListVersionsAsync(Tenant, Campaign, March, An.SignInName!, CancellationToken.None));
        Assert.Equal(ProgressSaveOutcome.Saved, (await store.SaveAsync(Save(Content(), "n3", subject: "lan@x.example", unit: "phong-khac"), CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Moving_unit_moves_the_index_row()
    {
        var store = new ProgressStore(Tables);
        await store.SaveAsync(Save(Content(), "n1"), CancellationToken.None);

        await store.SaveAsync(Save(Content(ProgressStatus.Done), "n2", unit: "phong-khac"), CancellationToken.None);

        Assert.Empty(await store.ListUnitAsync(Tenant, Campaign, March, Office, CancellationToken.None));
        Assert.Single(await store.ListUnitAsync(Tenant, Campaign, March, "phong-khac", CancellationToken.None));
    }

    [Fact]
    public void Partition_needs_a_month()
    {
        Assert.Equal("t|td-2013|2013-03", ProgressKeys.Partition(Tenant, Campaign, March));
        Assert.Throws<ArgumentException>(() => ProgressKeys.Partition(Tenant, Campaign, "2013-3"));
        Assert.Throws<ArgumentException>(() => ProgressKeys.Partition(Tenant, Campaign, "2013-13"));
    }
}
