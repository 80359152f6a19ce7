using static ThiDuaBot.Bot.Features.Campaigns.CampaignText;
using Kind = ThiDuaBot.Bot.Features.Campaigns.CampaignChangeKind;

namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>
/// What changed between two versions of a campaign, said in Vietnamese and English, for the secretary who loads a new
/// version of a running campaign. Things are matched by id: the same id is the same thing (a new name is a rename);
/// a different id is a removal plus an addition.
/// </summary>
public static class CampaignDiff
{
    public static IReadOnlyList<CampaignChange> Between(CampaignDefinition before, CampaignDefinition after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<CampaignChange>();
        CompareCampaign(before, after, changes);
        CompareContentAreas(before.ContentAreas, after.ContentAreas, changes);
        ComparePhases(before.Phases, after.Phases, changes);
        CompareSchedule(before, after, changes);
        CompareTitles(before.Titles, after.Titles, changes);
        CompareAwardForms(before.AwardForms, after.AwardForms, changes);
        CompareVoteRule(before, after, changes);
        return changes;
    }

    private static void CompareCampaign(CampaignDefinition before, CampaignDefinition after, List<CampaignChange> changes)
    {
        if (before.Id != after.Id)
        {
            changes.Add(new(Kind.CampaignIdChanged, "id",
                $"Mã kế hoạch đổi từ “{before.Id}” thành “{after.Id}”: bot coi đây là một kế hoạch khác, số liệu đã thu theo mã cũ sẽ không gắn với kế hoạch mới.",
                $"The campaign id changed from “{before.Id}” to “{after.Id}”: this is treated as another campaign, and data collected under the old id will not belong to it.",
                MayOrphanData: true));
        }
        if (before.Year != after.Year)
        {
            changes.Add(new(Kind.YearChanged, "year",
                $"Năm của kế hoạch đổi từ {before.Year} thành {after.Year}.",
                $"The campaign year changed from {before.Year} to {after.Year}."));
        }
        if (before.TimeZoneId != after.TimeZoneId)
        {
            changes.Add(new(Kind.TimeZoneChanged, "timeZone",
                $"Múi giờ đổi từ {before.TimeZoneId} thành {after.TimeZoneId}.",
                $"The time zone changed from {before.TimeZoneId} to {after.TimeZoneId}."));
        }
        if (before.Title != after.Title)
        {
            changes.Add(new(Kind.CampaignTitleChanged, "title",
                $"Tên kế hoạch đổi thành “{after.Title}”.",
                $"The campaign title is now “{after.Title}”."));
        }
        ComparePlanField("plan.number", "Số văn bản", "The plan number", before.Plan.Number, after.Plan.Number, changes);
        ComparePlanField("plan.date", "Ngày ban hành", "The plan date", Show(before.Plan.Date), Show(after.Plan.Date), changes);
        ComparePlanField("plan.place", "Địa danh", "The place", before.Plan.Place, after.Plan.Place, changes);
        ComparePlanField("plan.issuer", "Cơ quan ban hành", "The issuing body", before.Plan.Issuer, after.Plan.Issuer, changes);
        ComparePlanField("plan.signer", "Người ký", "The signer",
            $"{before.Plan.Signer.Title} {before.Plan.Signer.Name}", $"{after.Plan.Signer.Title} {after.Plan.Signer.Name}", changes);
        if (!before.Goals.SequenceEqual(after.Goals))
        {
            changes.Add(new(Kind.GoalsChanged, "goals",
                $"Mục tiêu thi đua đã sửa ({before.Goals.Count} mục → {after.Goals.Count} mục).",
                $"The goals were edited ({before.Goals.Count} → {after.Goals.Count})."));
        }
        if (before.Slogan != after.Slogan)
        {
            changes.Add(new(Kind.SloganChanged, "slogan",
                $"Khẩu hiệu đổi thành “{after.Slogan ?? "(không có)"}”.",
                $"The slogan is now “{after.Slogan ?? "(none)"}”."));
        }
    }

    private static void ComparePlanField(string path, string labelVi, string labelEn, string before, string after, List<CampaignChange> changes)
    {
        if (before != after)
        {
            changes.Add(new(Kind.PlanChanged, path,
                $"{labelVi} đổi từ “{before}” thành “{after}”.",
                $"{labelEn} changed from “{before}” to “{after}”."));
        }
    }

    private static void CompareContentAreas(IReadOnlyList<ContentArea> before, IReadOnlyList<ContentArea> after, List<CampaignChange> changes)
    {
        foreach (var old in before.Where(old => after.All(area => area.Id != old.Id)))
        {
            changes.Add(new(Kind.ContentAreaRemoved, old.Id,
                $"Bỏ nội dung thi đua “{old.Title}” (mã {old.Id}). Các đăng ký và báo cáo đã chọn nội dung này sẽ không còn nội dung tương ứng.",
                $"Content area “{old.Title}” ({old.Id}) removed. Pledges and reports that chose it will point at nothing.",
                MayOrphanData: true));
        }
        foreach (var area in after)
        {
            var old = before.FirstOrDefault(candidate => candidate.Id == area.Id);
            if (old is null)
            {
                changes.Add(new(Kind.ContentAreaAdded, area.Id,
                    $"Thêm nội dung thi đua “{area.Title}” (mã {area.Id}).",
                    $"Content area “{area.Title}” ({area.Id}) added."));
                continue;
            }
            if (old.Title != area.Title)
            {
                changes.Add(new(Kind.ContentAreaRenamed, area.Id,
                    $"Nội dung thi đua mã {area.Id} đổi tên từ “{old.Title}” thành “{area.Title}”.",
                    $"Content area {area.Id} renamed from “{old.Title}” to “{area.Title}”."));
            }
            if (old.Description != area.Description)
            {
                changes.Add(new(Kind.ContentAreaDescriptionChanged, area.Id,
                    $"Sửa phần mô tả của nội dung thi đua “{area.Title}” (mã {area.Id}).",
                    $"The description of content area “{area.Title}” ({area.Id}) was edited."));
            }
        }
        var keptBefore = before.Select(area => area.Id).Where(id => after.Any(area => area.Id == id));
        var keptAfter = after.Select(area => area.Id).Where(id => before.Any(area => area.Id == id));
        if (!keptBefore.SequenceEqual(keptAfter))
        {
            changes.Add(new(Kind.ContentAreasReordered, "contentAreas",
                "Thứ tự các nội dung thi đua đã thay đổi.",
                "The content areas were reordered."));
        }
    }

    private static void ComparePhases(IReadOnlyList<CampaignPhase> before, IReadOnlyList<CampaignPhase> after, List<CampaignChange> changes)
    {
        foreach (var old in before.Where(old => after.All(phase => phase.Id != old.Id)))
        {
            changes.Add(new(Kind.PhaseRemoved, old.Id,
                $"Bỏ đợt thi đua “{old.Name}” (mã {old.Id}, {Show(old.Start)}–{Show(old.End)}). Báo cáo, đề nghị và kết quả bình xét của đợt này sẽ không còn đợt tương ứng.",
                $"Phase “{old.Name}” ({old.Id}, {Show(old.Start)}–{Show(old.End)}) removed. Its reports, nominations and vote results will point at nothing.",
                MayOrphanData: true));
        }
        foreach (var phase in after)
        {
            var old = before.FirstOrDefault(candidate => candidate.Id == phase.Id);
            if (old is null)
            {
                changes.Add(new(Kind.PhaseAdded, phase.Id,
                    $"Thêm đợt thi đua “{phase.Name}” (mã {phase.Id}, {Show(phase.Start)}–{Show(phase.End)}).",
                    $"Phase “{phase.Name}” ({phase.Id}, {Show(phase.Start)}–{Show(phase.End)}) added."));
                continue;
            }
            if (old.Name != phase.Name)
            {
                changes.Add(new(Kind.PhaseRenamed, phase.Id,
                    $"Đợt thi đua mã {phase.Id} đổi tên từ “{old.Name}” thành “{phase.Name}”.",
                    $"Phase {phase.Id} renamed from “{old.Name}” to “{phase.Name}”."));
            }
            if (old.Start != phase.Start || old.End != phase.End)
            {
                changes.Add(new(Kind.PhaseDatesChanged, phase.Id,
                    $"{phase.Name}: thời gian đổi từ {Show(old.Start)}–{Show(old.End)} thành {Show(phase.Start)}–{Show(phase.End)}.",
                    $"{phase.Name}: dates moved from {Show(old.Start)}–{Show(old.End)} to {Show(phase.Start)}–{Show(phase.End)}."));
            }
            if (old.Description != phase.Description)
            {
                changes.Add(new(Kind.PhaseDescriptionChanged, phase.Id,
                    $"{phase.Name}: sửa nội dung phát động.",
                    $"{phase.Name}: the description was edited."));
            }
            var removed = old.Occasions.Except(phase.Occasions).ToList();
            var added = phase.Occasions.Except(old.Occasions).ToList();
            if (removed.Count > 0 || added.Count > 0)
            {
                changes.Add(new(Kind.PhaseOccasionsChanged, phase.Id,
                    $"{phase.Name}: các dịp kỷ niệm thay đổi{Occasions("; thêm ", added)}{Occasions("; bỏ ", removed)}.",
                    $"{phase.Name}: occasions changed{Occasions("; added ", added)}{Occasions("; removed ", removed)}."));
            }
        }
    }

    private static string Occasions(string lead, List<PhaseOccasion> occasions) =>
        occasions.Count == 0
            ? ""
            : lead + string.Join(", ", occasions.Select(occasion => occasion.Date is { } date ? $"“{occasion.Name}” ({Show(date)})" : $"“{occasion.Name}”"));

    private static void CompareSchedule(CampaignDefinition before, CampaignDefinition after, List<CampaignChange> changes)
    {
        if (before.PledgeDeadline != after.PledgeDeadline)
        {
            changes.Add(new(Kind.PledgeDeadlineMoved, "pledgeDeadline",
                $"Hạn đăng ký thi đua đổi từ {Show(before.PledgeDeadline)} thành {Show(after.PledgeDeadline)}.",
                $"The pledge deadline moved from {Show(before.PledgeDeadline)} to {Show(after.PledgeDeadline)}."));
        }
        if (before.MonthlyReporting != after.MonthlyReporting)
        {
            changes.Add(new(Kind.MonthlyReportingChanged, "monthlyReporting",
                $"Lịch báo cáo tháng đổi: cá nhân báo cáo ngày {before.MonthlyReporting.StaffReportDay} → ngày {after.MonthlyReporting.StaffReportDay}; đơn vị nộp báo cáo ngày {before.MonthlyReporting.UnitReportDay} → ngày {after.MonthlyReporting.UnitReportDay}.",
                $"Monthly reporting changed: staff report day {before.MonthlyReporting.StaffReportDay} → {after.MonthlyReporting.StaffReportDay}; unit report day {before.MonthlyReporting.UnitReportDay} → {after.MonthlyReporting.UnitReportDay}."));
        }
        var oldVi = Describe(before.Reminders, english: false);
        var newVi = Describe(after.Reminders, english: false);
        if (oldVi != newVi)
        {
            changes.Add(new(Kind.RemindersChanged, "reminders",
                $"Nhắc việc đổi từ “{oldVi}” thành “{newVi}”.",
                $"Reminders changed from “{Describe(before.Reminders, english: true)}” to “{Describe(after.Reminders, english: true)}”."));
        }
    }

    private static string Describe(ReminderPolicy policy, bool english) => english
        ? $"pledges {ShowDays(policy.Pledge.DaysBeforeDeadline)} day(s) before the deadline at {Show(policy.Pledge.Time)}; monthly reports {ShowDays(policy.MonthlyProgress.DaysAfterReportDay)} day(s) after the report day at {Show(policy.MonthlyProgress.Time)}; at most {policy.MaxPerPrompt} per prompt"
        : $"đăng ký: trước hạn {ShowDays(policy.Pledge.DaysBeforeDeadline)} ngày, lúc {Show(policy.Pledge.Time)}; báo cáo tháng: sau hạn {ShowDays(policy.MonthlyProgress.DaysAfterReportDay)} ngày, lúc {Show(policy.MonthlyProgress.Time)}; tối đa {policy.MaxPerPrompt} lần mỗi việc";

    private static void CompareTitles(CampaignTitles before, CampaignTitles after, List<CampaignChange> changes)
    {
        foreach (var old in before.All.Where(old => after.Find(old.Id) is null))
        {
            changes.Add(new(Kind.TitleRemoved, old.Id,
                $"Bỏ danh hiệu “{old.Name}” (mã {old.Id}). Các đăng ký và đề nghị đã nhắm tới danh hiệu này sẽ không còn danh hiệu tương ứng.",
                $"Title “{old.Name}” ({old.Id}) removed. Pledges and nominations aiming at it will point at nothing.",
                MayOrphanData: true));
        }
        foreach (var title in after.All)
        {
            var old = before.Find(title.Id);
            var individual = after.IsIndividual(title.Id);
            if (old is null)
            {
                changes.Add(new(Kind.TitleAdded, title.Id,
                    $"Thêm danh hiệu {(individual ? "cá nhân" : "tập thể")} “{title.Name}” (mã {title.Id}).",
                    $"{(individual ? "Individual" : "Collective")} title “{title.Name}” ({title.Id}) added."));
                continue;
            }
            if (before.IsIndividual(title.Id) != individual)
            {
                changes.Add(new(Kind.TitleKindChanged, title.Id,
                    $"Danh hiệu “{title.Name}” (mã {title.Id}) chuyển từ {(individual ? "tập thể sang cá nhân" : "cá nhân sang tập thể")}. Các đăng ký và đề nghị cũ cho danh hiệu này không còn đúng đối tượng.",
                    $"Title “{title.Name}” ({title.Id}) moved from {(individual ? "collective to individual" : "individual to collective")}. Earlier pledges and nominations for it no longer fit.",
                    MayOrphanData: true));
            }
            if (old.Name != title.Name)
            {
                changes.Add(new(Kind.TitleRenamed, title.Id,
                    $"Danh hiệu mã {title.Id} đổi tên từ “{old.Name}” thành “{title.Name}”.",
                    $"Title {title.Id} renamed from “{old.Name}” to “{title.Name}”."));
            }
            if (old.Requirements != title.Requirements)
            {
                changes.Add(new(Kind.TitleRequirementsChanged, title.Id,
                    $"Sửa tiêu chuẩn của danh hiệu “{title.Name}”.",
                    $"The requirements of title “{title.Name}” were edited."));
            }
        }
    }

    private static void CompareAwardForms(IReadOnlyList<AwardForm> before, IReadOnlyList<AwardForm> after, List<CampaignChange> changes)
    {
        foreach (var old in before.Where(old => after.All(form => form.Id != old.Id)))
        {
            changes.Add(new(Kind.AwardFormRemoved, old.Id,
                $"Bỏ hình thức khen thưởng “{old.Name}” (mã {old.Id}). Các đề nghị khen thưởng đã chọn hình thức này sẽ không còn hình thức tương ứng.",
                $"Award form “{old.Name}” ({old.Id}) removed. Award proposals that chose it will point at nothing.",
                MayOrphanData: true));
        }
        foreach (var form in after)
        {
            var old = before.FirstOrDefault(candidate => candidate.Id == form.Id);
            if (old is null)
            {
                changes.Add(new(Kind.AwardFormAdded, form.Id,
                    $"Thêm hình thức khen thưởng “{form.Name}” (mã {form.Id}) của {form.Issuer}.",
                    $"Award form “{form.Name}” ({form.Id}) by {form.Issuer} added."));
                continue;
            }
            if (old.Name != form.Name)
            {
                changes.Add(new(Kind.AwardFormRenamed, form.Id,
                    $"Hình thức khen thưởng mã {form.Id} đổi tên từ “{old.Name}” thành “{form.Name}”.",
                    $"Award form {form.Id} renamed from “{old.Name}” to “{form.Name}”."));
            }
            if (old.Issuer != form.Issuer)
            {
                changes.Add(new(Kind.AwardFormIssuerChanged, form.Id,
                    $"{form.Name}: cấp khen thưởng đổi từ “{old.Issuer}” thành “{form.Issuer}”.",
                    $"{form.Name}: the issuer changed from “{old.Issuer}” to “{form.Issuer}”."));
            }
        }
    }

    private static void CompareVoteRule(CampaignDefinition before, CampaignDefinition after, List<CampaignChange> changes)
    {
        var oldVi = Describe(before, english: false);
        var newVi = Describe(after, english: false);
        if (oldVi != newVi)
        {
            changes.Add(new(Kind.VoteRuleChanged, "voteRule",
                $"Quy tắc bỏ phiếu đổi từ “{oldVi}” thành “{newVi}”.",
                $"The vote rule changed from “{Describe(before, english: true)}” to “{Describe(after, english: true)}”."));
        }
    }

    private static string Describe(CampaignDefinition campaign, bool english)
    {
        var rule = campaign.VoteRule;
        var parts = new List<string>
        {
            english ? $"quorum {rule.Quorum} of the members" : $"tối thiểu {rule.Quorum} thành viên bỏ phiếu",
            (english ? "default " : "chung: ") + Describe(rule.Default, english),
        };
        foreach (var item in rule.Overrides)
        {
            var name = item.TitleId is { } titleId
                ? campaign.Titles.Find(titleId)?.Name ?? titleId
                : campaign.AwardForms.FirstOrDefault(form => form.Id == item.AwardFormId)?.Name ?? item.AwardFormId;
            parts.Add($"{name}: {Describe(item.Threshold, english)}");
        }
        return string.Join("; ", parts);
    }

    private static string Describe(VoteThreshold threshold, bool english) => english
        ? $"{(threshold.Strictly ? "more than" : "at least")} {threshold.Share} of {(threshold.Base == VoteBase.Members ? "all members" : "votes cast")}"
        : threshold.Strictly
            ? $"trên {threshold.Share} {BaseVi(threshold.Base)}"
            : $"từ {threshold.Share} {BaseVi(threshold.Base)} trở lên";

    private static string BaseVi(VoteBase voteBase) => voteBase == VoteBase.Members ? "tổng số thành viên" : "số phiếu bầu";
}
