namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>Plain names of the file's fields, so messages say "ngày kết thúc" and not only "end".</summary>
internal static class CampaignFileLabels
{
    private static readonly Dictionary<string, (string Vi, string En)> ByPath = new(StringComparer.Ordinal)
    {
        ["title"] = ("tên kế hoạch", "campaign title"),
        ["id"] = ("mã kế hoạch", "campaign id"),
        ["plan.date"] = ("ngày ban hành kế hoạch", "plan date"),
        ["plan.signer.title"] = ("chức vụ người ký", "signer's title"),
        ["plan.signer.name"] = ("họ tên người ký", "signer's name"),
        ["contentAreas.title"] = ("tên ngắn của nội dung thi đua", "content area title"),
        ["contentAreas.id"] = ("mã nội dung thi đua", "content area id"),
        ["phases.id"] = ("mã đợt thi đua", "phase id"),
        ["phases.name"] = ("tên đợt thi đua", "phase name"),
        ["phases.occasions.date"] = ("ngày của dịp kỷ niệm", "occasion date"),
        ["phases.occasions.name"] = ("tên dịp kỷ niệm", "occasion name"),
        ["titles.individual.id"] = ("mã danh hiệu", "title id"),
        ["titles.collective.id"] = ("mã danh hiệu", "title id"),
        ["titles.individual.name"] = ("tên danh hiệu", "title name"),
        ["titles.collective.name"] = ("tên danh hiệu", "title name"),
        ["awardForms.id"] = ("mã hình thức khen thưởng", "award form id"),
        ["awardForms.name"] = ("tên hình thức khen thưởng", "award form name"),
        ["awardForms.issuer"] = ("cấp khen thưởng (người ký)", "issuer"),
        ["voteRule.overrides.title"] = ("mã danh hiệu", "title id"),
        ["voteRule.overrides.awardForm"] = ("mã hình thức khen thưởng", "award form id"),
    };

    private static readonly Dictionary<string, (string Vi, string En)> ByKey = new(StringComparer.Ordinal)
    {
        ["formatVersion"] = ("phiên bản định dạng tệp", "file format version"),
        ["id"] = ("mã", "id"),
        ["year"] = ("năm của kế hoạch", "campaign year"),
        ["timeZone"] = ("múi giờ", "time zone"),
        ["title"] = ("tiêu đề", "title"),
        ["plan"] = ("thông tin văn bản kế hoạch", "plan document details"),
        ["number"] = ("số văn bản", "document number"),
        ["date"] = ("ngày", "date"),
        ["place"] = ("địa danh", "place"),
        ["issuer"] = ("cơ quan ban hành", "issuing body"),
        ["signer"] = ("người ký", "signer"),
        ["name"] = ("tên", "name"),
        ["goals"] = ("mục tiêu thi đua", "goals"),
        ["slogan"] = ("khẩu hiệu thi đua", "slogan"),
        ["contentAreas"] = ("nội dung thi đua", "content areas"),
        ["description"] = ("mô tả", "description"),
        ["phases"] = ("đợt thi đua", "phases"),
        ["start"] = ("ngày bắt đầu", "start date"),
        ["end"] = ("ngày kết thúc", "end date"),
        ["occasions"] = ("ngày lễ, kỷ niệm", "occasions"),
        ["pledgeDeadline"] = ("hạn đăng ký thi đua", "pledge deadline"),
        ["monthlyReporting"] = ("lịch báo cáo tháng", "monthly reporting"),
        ["staffReportDay"] = ("ngày cá nhân báo cáo hằng tháng", "staff report day"),
        ["unitReportDay"] = ("ngày đơn vị nộp báo cáo tháng", "unit report day"),
        ["reminders"] = ("nhắc việc", "reminders"),
        ["pledge"] = ("nhắc đăng ký thi đua", "pledge reminders"),
        ["monthlyProgress"] = ("nhắc báo cáo tháng", "monthly progress reminders"),
        ["daysBeforeDeadline"] = ("số ngày nhắc trước hạn", "days before the deadline"),
        ["daysAfterReportDay"] = ("số ngày nhắc sau hạn báo cáo", "days after the report day"),
        ["time"] = ("giờ nhắc", "time of day"),
        ["maxPerPrompt"] = ("số lần nhắc tối đa", "maximum reminders per prompt"),
        ["titles"] = ("danh hiệu thi đua", "titles"),
        ["individual"] = ("danh hiệu cá nhân", "individual titles"),
        ["collective"] = ("danh hiệu tập thể", "collective titles"),
        ["requirements"] = ("tiêu chuẩn", "requirements"),
        ["awardForms"] = ("hình thức khen thưởng", "award forms"),
        ["awardForm"] = ("hình thức khen thưởng", "award form"),
        ["voteRule"] = ("quy tắc bỏ phiếu của Hội đồng", "council vote rule"),
        ["quorum"] = ("tỷ lệ thành viên Hội đồng tối thiểu phải bỏ phiếu", "quorum"),
        ["default"] = ("ngưỡng đồng ý chung", "default threshold"),
        ["overrides"] = ("ngưỡng đồng ý riêng", "overrides"),
        ["atLeast"] = ("tỷ lệ đồng ý từ … trở lên", "at least"),
        ["moreThan"] = ("tỷ lệ đồng ý trên …", "more than"),
        ["of"] = ("cơ sở tính tỷ lệ", "base of the share"),
    };

    /// <summary>The label of the field at <paramref name="path"/> (e.g. <c>phases[1].end</c>).</summary>
    public static (string Vi, string En) Of(string path)
    {
        var withoutIndexes = System.Text.RegularExpressions.Regex.Replace(path, @"\[\d+\]", "");
        if (ByPath.TryGetValue(withoutIndexes, out var label))
        {
            return label;
        }
        var key = withoutIndexes[(withoutIndexes.LastIndexOf('.') + 1)..];
        return ByKey.TryGetValue(key, out label) ? label : (key, key);
    }
}
