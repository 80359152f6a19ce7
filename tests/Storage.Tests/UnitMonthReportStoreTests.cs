using Azure.Data.Tables;
using ThiDuaBot.Storage.Progress;

namespace ThiDuaBot.Storage.Tests;

/// <summary>The unit's monthly report (versions, snapshot, ETag races) and the head's decisions on good deeds.</summary>
public sealed class UnitMonthReportStoreTests : StorageTestBase
{
    private const string Tenant = "t";
    private const string Campaign = "td-2013";
    private const string March = "2013-03";
    private const string Office = "van-phong";
    private const string Science = "quan-ly-khoa-hoc";
    private const string Partition = "t|td-2013|2013-03";
    private static readonly DateTimeOffset T0 = new(2013, 3, 25, 2, 0, 0, TimeSpan.Zero);
    private static readonly ProgressAuthor An = new("aad-an", "an@x.example", "Nguyễn Văn An");
    private static readonly ProgressAuthor Dung = new("aad-dung", "dung@x.example", "Hoàng Văn Dũng");

    private static UnitReportSnapshot Snapshot(int reported = 1, string deedText = "Hiến máu tình nguyện.") => new()
    {
        Members = 3,
        Reported = reported,
        NotReported = 3 - reported,
        WithoutPledge = 1,
        Areas = [new UnitAreaCount("cai-cach-hanh-chinh", 1, 0, 0, 0)],
        Late = [new UnitReportPerson("lan@x.example", "Phạm Thị Lan")],
        ConfirmedDeeds = [new UnitReportDeed("an@x.example", "Nguyễn Văn An", "Phạm Thị Lan", deedText)],
    };

    private static UnitReportWrite Write(string nonce, string comment = "Đơn vị hoàn thành tốt.", string? reason = null, string unit = Office, int minutes = 0) => new()
    {
        TenantId = Tenant,
        CampaignId = Campaign,
        Month = March,
        UnitId = unit,
        Comment = comment,
        Reason = reason,
        Nonce = nonce,
        By = Dung,
        At = T0.AddMinutes(minutes),
    };

    private static ProgressSave Save(string nonce, string subject = "an@x.example", string unit = Office, GoodDeed? deed = null) => new()
    {
        TenantId = Tenant,
        CampaignId = Campaign,
        Month = March,
        Subject = subject,
        UnitId = unit,
        Content = new([new ProgressAreaReport("cai-cach-hanh-chinh", ProgressStatus.Done, "")], deed),
        PledgeVersion = 1,
        Nonce = nonce,
        By = An,
        At = T0,
    };

    private static StoredDeedDecision Decision(GoodDeedDecision decision, GoodDeed deed, string unit = Office, string subject = "an@x.example") => new()
    {
        UnitId = unit,
        Subject = subject,
        Decision = decision,
        Deed = deed,
        ReportVersion = 1,
        DecidedAt = T0,
        DecidedBy = Dung,
    };

    private async Task<IReadOnlyList<string>> RowKeysAsync() =>
        (await Tables.Get(TableNames.Progress).QueryAsync<TableEntity>(e => e.PartitionKey == Partition).ToListAsync()).Select(r => r.RowKey).Order(StringComparer.Ordinal).ToList();

    private Task AddDigestMarkerAsync() => Tables.Get(TableNames.Progress).AddEntityAsync(new TableEntity(Partition, ProgressKeys.DigestRow));

    [Fact]
    public async Task Submit_writes_the_unit_row_before_reading_the_snapshot_then_version_1_with_comment_snapshot_who_and_when()
    {
        var store = new ProgressStore(Tables);
        var closedWhenRead = false;

        var result = await store.SubmitUnitReportAsync(Write("n1"), async ct =>
        {
            closedWhenRead = await store.IsUnitMonthClosedAsync(Tenant, Campaign, March, Office, ct);
            return Snapshot();
        }, CancellationToken.None);

        Assert.True(closedWhenRead);
        Assert.Equal(UnitReportOutcome.Submitted, result.Outcome);
        var stored = await store.GetUnitReportAsync(Tenant, Campaign, March, Office, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(1, stored.Version);
        Assert.Equal("Đơn vị hoàn thành tốt.", stored.Comment);
        Assert.Null(stored.Reason);
        Assert.Equal(Snapshot(), stored.Snapshot, SnapshotComparer.Instance);
        Assert.Equal(Dung, stored.SubmittedBy);
        Assert.Equal(T0, stored.SubmittedAt);
        Assert.Equal(T0, stored.SavedAt);
        var version = Assert.Single(await store.ListUnitReportVersionsAsync(Tenant, Campaign, March, Office, CancellationToken.None));
        Assert.Equal(1, version.Version);
        Assert.Equal("n1", version.Nonce);
        Assert.Equal(Snapshot(), version.Snapshot, SnapshotComparer.Instance);
        Assert.Equal(["unit|van-phong", "uv|van-phong|000001"], await RowKeysAsync());
    }

    [Fact]
    public async Task A_second_submission_double_click_or_another_head_stores_nothing_and_gets_the_first()
    {
        var store = new ProgressStore(Tables);
        await store.SubmitUnitReportAsync(Write("n1"), _ => Task.FromResult(Snapshot()), CancellationToken.None);
        var snapshotTaken = false;

        var again = await store.SubmitUnitReportAsync(Write("n1", comment: "khác", minutes: 1), _ => { snapshotTaken = true; return Task.FromResult(Snapshot(2)); }, CancellationToken.None);
        var other = await store.SubmitUnitReportAsync(Write("n2", comment: "khác nữa", minutes: 2), _ => Task.FromResult(Snapshot(2)), CancellationToken.None);

        Assert.False(snapshotTaken);
        Assert.Equal(UnitReportOutcome.AlreadySubmitted, again.Outcome);
        Assert.Equal(UnitReportOutcome.AlreadySubmitted, other.Outcome);
        Assert.Equal("Đơn vị hoàn thành tốt.", other.Report!.Comment);
        Assert.Single(await store.ListUnitReportVersionsAsync(Tenant, Campaign, March, Office, CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_submissions_store_exactly_one_report()
    {
        var store = new ProgressStore(Tables);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            store.SubmitUnitReportAsync(Write("n" + i, comment: "bản " + i), _ => Task.FromResult(Snapshot()), CancellationToken.None)));

        var winner = Assert.Single(results, r => r.Outcome == UnitReportOutcome.Submitted);
        Assert.All(results.Where(r => r != winner), r => Assert.Equal(UnitReportOutcome.AlreadySubmitted, r.Outcome));
        Assert.Equal(winner.Report!.Comment, (await store.GetUnitReportAsync(Tenant, Campaign, March, Office, CancellationToken.None))!.Comment);
        Assert.Single(await store.ListUnitReportVersionsAsync(Tenant, Campaign, March, Office, CancellationToken.None));
    }

    [Fact]
    public async Task Each_amendment_is_a_new_version_with_its_reason_and_the_same_card_stores_once()
    {
        var store = new ProgressStore(Tables);
        await store.SubmitUnitReportAsync(Write("n1"), _ => Task.FromResult(Snapshot()), CancellationToken.None);

        var second = await store.AmendUnitReportAsync(Write("n2", comment: "Bổ sung kết quả.", reason: "Thiếu kết quả của đồng chí Lan.", minutes: 5), _ => Task.FromResult(Snapshot(2)), CancellationToken.None);
        var twice = await store.AmendUnitReportAsync(Write("n2", comment: "Bổ sung kết quả.", reason: "Thiếu kết quả của đồng chí Lan.", minutes: 6), _ => Task.FromResult(Snapshot(2)), CancellationToken.None);
        var third = await store.AmendUnitReportAsync(Write("n3", comment: "Sửa lần hai.", reason: "Sai số liệu.", minutes: 7), _ => Task.FromResult(Snapshot(2)), CancellationToken.None);

        Assert.Equal(UnitReportOutcome.Amended, second.Outcome);
        Assert.Equal(UnitReportOutcome.AlreadySaved, twice.Outcome);
        Assert.Equal(UnitReportOutcome.Amended, third.Outcome);
        var current = (await store.GetUnitReportAsync(Tenant, Campaign, March, Office, CancellationToken.None))!;
        Assert.Equal(3, current.Version);
        Assert.Equal("Sửa lần hai.", current.Comment);
        Assert.Equal("Sai số liệu.", current.Reason);
        Assert.Equal(T0, current.SubmittedAt);
        Assert.Equal(T0.AddMinutes(7), current.SavedAt);
        Assert.Equal(2, current.Snapshot!.Reported);
        var versions = await store.ListUnitReportVersionsAsync(Tenant, Campaign, March, Office, CancellationToken.None);
        Assert.Equal([1, 2, 3], versions.Select(v => v.Version));
        Assert.Equal([null, "Thiếu kết quả của đồng chí Lan.", "Sai số liệu."], versions.Select(v => v.Reason));
        Assert.Equal(["Đơn vị hoàn thành tốt.", "Bổ sung kết quả.", "Sửa lần hai."], versions.Select(v => v.Comment));
    }

    [Fact]
    public async Task Concurrent_amendments_from_different_cards_each_get_their_own_version_none_lost()
    {
        var store = new ProgressStore(Tables);
        await store.SubmitUnitReportAsync(Write("n0"), _ => Task.FromResult(Snapshot()), CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(1, 4).Select(i =>
            store.AmendUnitReportAsync(Write("n" + i, comment: "bản " + i, reason: "lý do " + i), _ => Task.FromResult(Snapshot()), CancellationToken.None)));

        var amended = results.Where(r => r.Outcome == UnitReportOutcome.Amended).ToList();
        Assert.All(results, r => Assert.Contains(r.Outcome, new[] { UnitReportOutcome.Amended, UnitReportOutcome.Conflict }));
        var versions = await store.ListUnitReportVersionsAsync(Tenant, Campaign, March, Office, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, amended.Count + 1), versions.Select(v => v.Version));
        Assert.Equal(amended.Select(r => r.Report!.Reason).Order(), versions.Skip(1).Select(v => v.Reason).Order());
        Assert.Equal(amended.Count + 1, (await store.GetUnitReportAsync(Tenant, Campaign, March, Office, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task Amending_without_a_report_or_after_the_digest_is_posted_stores_nothing()
    {
        var store = new ProgressStore(Tables);

        var none = await store.AmendUnitReportAsync(Write("n1", reason: "r"), _ => Task.FromResult(Snapshot()), CancellationToken.None);
        await store.SubmitUnitReportAsync(Write("n2"), _ => Task.FromResult(Snapshot()), CancellationToken.None);
        Assert.False(await store.IsDigestPostedAsync(Tenant, Campaign, March, CancellationToken.None));
        await AddDigestMarkerAsync();
        var late = await store.AmendUnitReportAsync(Write("n3", reason: "r"), _ => Task.FromResult(Snapshot()), CancellationToken.None);

        Assert.Equal(UnitReportOutcome.NotSubmitted, none.Outcome);
        Assert.True(await store.IsDigestPostedAsync(Tenant, Campaign, March, CancellationToken.None));
        Assert.False(await store.IsDigestPostedAsync(Tenant, Campaign, "2013-04", CancellationToken.None));
        Assert.Equal(UnitReportOutcome.DigestPosted, late.Outcome);
        Assert.Equal(1, late.Report!.Version);
        Assert.Single(await store.ListUnitReportVersionsAsync(Tenant, Campaign, March, Office, CancellationToken.None));
    }

    [Fact]
    public async Task A_large_snapshot_is_split_over_several_columns_and_reads_back_whole()
    {
        var store = new ProgressStore(Tables);
        var deeds = Enumerable.Range(1, 60).Select(i => new UnitReportDeed($"p{i}@x.example", $"Người {i}", null, new string('đ', 1_500))).ToList();
        var big = Snapshot() with { ConfirmedDeeds = deeds };

        await store.SubmitUnitReportAsync(Write("n1"), _ => Task.FromResult(big), CancellationToken.None);

        var stored = (await store.GetUnitReportAsync(Tenant, Campaign, March, Office, CancellationToken.None))!;
        Assert.Equal(big, stored.Snapshot, SnapshotComparer.Instance);
        var row = await Tables.Get(TableNames.Progress).GetEntityAsync<TableEntity>(Partition, "unit|van-phong");
        Assert.True(row.Value.ContainsKey("Snapshot3"));
    }

    [Fact]
    public async Task The_minimal_submission_reads_as_version_1_and_closes_the_month()
    {
        var store = new ProgressStore(Tables);

        var report = await store.SubmitUnitReportAsync(Tenant, Campaign, March, Office, Dung, T0, CancellationToken.None);

        Assert.Equal(1, report.Version);
        Assert.Equal("", report.Comment);
        Assert.True(await store.IsUnitMonthClosedAsync(Tenant, Campaign, March, Office, CancellationToken.None));
    }

    [Fact]
    public async Task Report_versions_and_deed_decisions_stay_out_of_the_unit_index_and_person_ranges()
    {
        var store = new ProgressStore(Tables);
        var deed = new GoodDeed(null, "Nhặt được ví, trả lại người mất.");
        await store.SaveAsync(Save("s1", deed: deed), CancellationToken.None);
        await store.SaveAsync(Save("s2", subject: "long@x.example", unit: Science), CancellationToken.None);
        Assert.Equal(DeedDecisionOutcome.Saved, await store.DecideGoodDeedAsync(Tenant, Campaign, March, Decision(GoodDeedDecision.Confirmed, deed), CancellationToken.None));
        await store.SubmitUnitReportAsync(Write("n1"), _ => Task.FromResult(Snapshot()), CancellationToken.None);
        await store.AmendUnitReportAsync(Write("n2", reason: "r"), _ => Task.FromResult(Snapshot()), CancellationToken.None);
        await AddDigestMarkerAsync();

        var entry = Assert.Single(await store.ListUnitAsync(Tenant, Campaign, March, Office, CancellationToken.None));
        Assert.Equal(deed, entry.GoodDeed);
        Assert.Equal(2, (await store.ListAllUnitsAsync(Tenant, Campaign, March, CancellationToken.None)).Count);
        Assert.Equal(2, (await store.ListMonthAsync(Tenant, Campaign, March, CancellationToken.None)).Count);
        Assert.Single(await store.ListDeedDecisionsAsync(Tenant, Campaign, March, Office, CancellationToken.None));
        Assert.Empty(await store.ListDeedDecisionsAsync(Tenant, Campaign, March, Science, CancellationToken.None));
        Assert.Single(await store.ListAllDeedDecisionsAsync(Tenant, Campaign, March, CancellationToken.None));
        Assert.Single(await store.ListUnitReportsAsync(Tenant, Campaign, March, CancellationToken.None));
        Assert.Equal(2, (await store.ListUnitReportVersionsAsync(Tenant, Campaign, March, Office, CancellationToken.None)).Count);
        Assert.Equal(
            // In key order: digest < d|… (i < |), unit|… < uv|… < u|… (n < v < |).
            ["digest", "d|van-phong|an@x.example", "p|an@x.example", "p|long@x.example", "unit|van-phong", "uv|van-phong|000001", "uv|van-phong|000002",
             "u|quan-ly-khoa-hoc|long@x.example", "u|van-phong|an@x.example", "v|an@x.example|000001", "v|long@x.example|000001"],
            await RowKeysAsync());
    }

    [Fact]
    public async Task A_deed_decision_is_stored_once_changes_while_the_month_is_open_and_not_after_the_unit_report()
    {
        var store = new ProgressStore(Tables);
        var deed = new GoodDeed("Phạm Thị Lan", "Hiến máu tình nguyện.");

        var first = await store.DecideGoodDeedAsync(Tenant, Campaign, March, Decision(GoodDeedDecision.Confirmed, deed), CancellationToken.None);
        var same = await store.DecideGoodDeedAsync(Tenant, Campaign, March, Decision(GoodDeedDecision.Confirmed, deed), CancellationToken.None);
        var changed = await store.DecideGoodDeedAsync(Tenant, Campaign, March, Decision(GoodDeedDecision.SetAside, deed), CancellationToken.None);
        await store.SubmitUnitReportAsync(Write("n1"), _ => Task.FromResult(Snapshot()), CancellationToken.None);
        var closed = await store.DecideGoodDeedAsync(Tenant, Campaign, March, Decision(GoodDeedDecision.Confirmed, deed), CancellationToken.None);

        Assert.Equal([DeedDecisionOutcome.Saved, DeedDecisionOutcome.Unchanged, DeedDecisionOutcome.Saved, DeedDecisionOutcome.MonthClosed], [first, same, changed, closed]);
        var stored = Assert.Single(await store.ListDeedDecisionsAsync(Tenant, Campaign, March, Office, CancellationToken.None));
        Assert.Equal(GoodDeedDecision.SetAside, stored.Decision);
        Assert.Equal(deed, stored.Deed);
        Assert.Equal(Dung, stored.DecidedBy);
        Assert.True(stored.AppliesTo(deed));
        Assert.False(stored.AppliesTo(deed with { Description = "Hiến máu tình nguyện 2 lần." }));
    }

    [Fact]
    public async Task Concurrent_decisions_on_one_deed_leave_one_row_with_one_of_them()
    {
        var store = new ProgressStore(Tables);
        var deed = new GoodDeed(null, "Nhặt được ví.");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            store.DecideGoodDeedAsync(Tenant, Campaign, March, Decision(i % 2 == 0 ? GoodDeedDecision.Confirmed : GoodDeedDecision.SetAside, deed), CancellationToken.None)));

        Assert.Contains(DeedDecisionOutcome.Saved, outcomes);
        Assert.Single(await store.ListDeedDecisionsAsync(Tenant, Campaign, March, Office, CancellationToken.None));
    }

    /// <summary>Snapshots hold lists, which records compare by reference: compare them by content.</summary>
    private sealed class SnapshotComparer : IEqualityComparer<UnitReportSnapshot?>
    {
        public static readonly SnapshotComparer Instance = new();

        public bool Equals(UnitReportSnapshot? x, UnitReportSnapshot? y) =>
            x is not null && y is not null
            && (x.Members, x.Reported, x.NotReported, x.WithoutPledge) == (y.Members, y.Reported, y.NotReported, y.WithoutPledge)
            && x.Areas.SequenceEqual(y.Areas) && x.Late.SequenceEqual(y.Late) && x.ConfirmedDeeds.SequenceEqual(y.ConfirmedDeeds);

        public int GetHashCode(UnitReportSnapshot? obj) => obj?.Members ?? 0;
    }
}
