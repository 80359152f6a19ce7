using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Features.Exports;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Progress;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Tests.Exports;

/// <summary>A small, known data set for the exported files: the sample campaign, two units, three people, March and April 2013.</summary>
internal static class ExportSamples
{
    public const string Formula = "=HYPERLINK(\"http://example.invalid\",\"Bấm\")";
    public static readonly string Long = string.Concat(Enumerable.Repeat("Rà soát thủ tục hành chính. ", 1500)); // 42,000 characters
    public static readonly DateTimeOffset Saved = new(2013, 3, 25, 2, 30, 0, TimeSpan.Zero); // 09:30 in Hà Nội

    public static ExportData Data()
    {
        var definition = SampleCampaign.Load();
        var stored = new StoredCampaign
        {
            TenantId = "tenant", CampaignId = definition.Id, Version = 1, Title = definition.Title, Yaml = "", LoadedAt = Saved,
            Phases = [new PhaseState("dot-1", PhaseStatus.Active, Saved, null, null)],
        };
        var campaign = new PledgeCampaign(stored, definition,
            [new Unit { UnitId = "van-phong", Name = "Văn phòng Sở" }, new Unit { UnitId = "quan-ly-khoa-hoc", Name = "Phòng Quản lý khoa học" }]);
        Person P(string sign, string name, string unit, Role roles = Role.Staff) => new() { SignInName = sign, DisplayName = name, UnitId = unit, Roles = roles };
        var people = new[]
        {
            P("an@so.example", "Nguyễn Văn An", "van-phong"),
            P("lan@so.example", "Phạm Thị Lan", "van-phong"),
            P("dung@so.example", "Hoàng Văn Dũng", "van-phong", Role.Staff | Role.UnitHead),
            P("long@so.example", "Phan Văn Long", "quan-ly-khoa-hoc", Role.Staff | Role.UnitHead),
        };
        var author = new PledgeAuthor("aad-an", "an@so.example", "Nguyễn Văn An");
        StoredPledge Pledge(PledgeKind kind, string subject, string unit, string title, string targets, string commitment) => new()
        {
            TenantId = "tenant", CampaignId = definition.Id, Kind = kind, Subject = subject, UnitId = unit, Version = 2,
            Content = new PledgeContent(title, ["cai-cach-hanh-chinh", "quan-ly-nha-nuoc"], targets, new Dictionary<string, int> { ["initiatives"] = 1 }, commitment),
            CampaignVersion = 1, FirstSavedAt = Saved.AddDays(-5), SavedAt = Saved, SavedBy = author,
        };
        var pledges = new[]
        {
            Pledge(PledgeKind.Individual, "an@so.example", "van-phong", "lao-dong-tien-tien", Formula, "Tôi xin cam kết.\u0001"),
            Pledge(PledgeKind.Individual, "lan@so.example", "van-phong", "chien-si-thi-dua-co-so", Long, "+84 912 345 678"),
            Pledge(PledgeKind.Collective, "van-phong", "van-phong", "tap-the-lao-dong-xuat-sac", "Đơn vị hoàn thành xuất sắc nhiệm vụ.", "-Cam kết của tập thể"),
        };
        var pa = new ProgressAuthor("aad-an", "an@so.example", "Nguyễn Văn An");
        StoredProgress Report(string month, string subject, ProgressStatus admin, string achieved, GoodDeed? deed) => new()
        {
            TenantId = "tenant", CampaignId = definition.Id, Month = month, Subject = subject, UnitId = "van-phong", Version = 1,
            Content = new ProgressContent([new ProgressAreaReport("cai-cach-hanh-chinh", admin, achieved), new ProgressAreaReport("quan-ly-nha-nuoc", ProgressStatus.Blocked, "")], deed),
            PledgeVersion = 2, FirstSavedAt = Saved, SavedAt = Saved, SavedBy = pa,
        };
        var deed = new GoodDeed("Trần Thị Hoa", "Nhặt được ví, trả lại người đánh rơi.");
        var march = new ExportMonthData(new ProgressMonth(new DateOnly(2013, 3, 1)),
            [Report("2013-03", "an@so.example", ProgressStatus.Done, "@SUM(A1:A9)", deed), Report("2013-03", "lan@so.example", ProgressStatus.InProgress, Long, new GoodDeed(null, "Hiến máu nhân đạo."))],
            [
                new UnitMonthReport { UnitId = "van-phong", Month = "2013-03", Version = 1, Comment = "Đơn vị hoàn thành tốt.", SubmittedAt = Saved, SubmittedBy = pa, SavedAt = Saved, SavedBy = pa },
                new UnitMonthReport { UnitId = "van-phong", Month = "2013-03", Version = 2, Comment = "=1+1", Reason = "Bổ sung số liệu", SubmittedAt = Saved, SubmittedBy = pa, SavedAt = Saved.AddDays(1), SavedBy = pa },
            ],
            [new StoredDeedDecision { UnitId = "van-phong", Subject = "an@so.example", Decision = GoodDeedDecision.Confirmed, Deed = deed, ReportVersion = 1, DecidedAt = Saved.AddHours(3), DecidedBy = new ProgressAuthor("aad-dung", "dung@so.example", "Hoàng Văn Dũng") }]);
        var april = new ExportMonthData(new ProgressMonth(new DateOnly(2013, 4, 1)), [Report("2013-04", "an@so.example", ProgressStatus.Done, "Xong.", null)], [], []);
        return new ExportData
        {
            Campaign = campaign,
            Months = new ExportMonths(march.Month, april.Month),
            ReadAt = Saved.AddDays(40),
            People = people,
            Pledges = pledges,
            Reports = [march, april],
        };
    }
}
