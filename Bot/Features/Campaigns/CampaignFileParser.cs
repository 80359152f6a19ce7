using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static ThiDuaBot.Bot.Features.Campaigns.CampaignText;
using Code = ThiDuaBot.Bot.Features.Campaigns.CampaignFileErrorCode;
using Limits = ThiDuaBot.Bot.Features.Campaigns.CampaignFileLimits;

namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>
/// Reads a campaign file (YAML, format version 1) into a <see cref="CampaignDefinition"/>, or refuses it with every
/// error found, each naming its line and field in Vietnamese and English. The keys are listed in
/// <c>campaigns/ke-hoach-thi-dua-2013.yaml</c>, the sample, whose comments explain each section. Rules beyond the
/// shape of each field:
/// <list type="bullet">
/// <item>every phase lies within <c>year</c>, ends on or after its start, and phases are listed in date order without overlapping;</item>
/// <item>an occasion with a date lies within its phase;</item>
/// <item>the pledge deadline is not before the plan's date and not after the end of the first phase — people pledge at the
/// start of the campaign, so that the first phase's interim review has pledges to review;</item>
/// <item>the monthly report days are days of the month 1–28 (every month has them), the unit's on or after the staff's;</item>
/// <item>ids are slugs, unique among content areas, phases, titles (individual and collective together) and award forms;</item>
/// <item>vote-rule overrides name a title or award form the file defines.</item>
/// </list>
/// </summary>
public static class CampaignFileParser
{
    public const int SupportedFormatVersion = 1;

    public const string DefaultTimeZoneId = "Asia/Ho_Chi_Minh";

    private static readonly string[] RootKeys =
    [
        "formatVersion", "id", "year", "timeZone", "title", "plan", "goals", "slogan", "contentAreas", "phases",
        "pledgeDeadline", "monthlyReporting", "reminders", "titles", "awardForms", "voteRule",
    ];

    private static readonly string[] PlanKeys = ["number", "date", "place", "issuer", "signer"];
    private static readonly string[] SignerKeys = ["title", "name"];
    private static readonly string[] ContentAreaKeys = ["id", "title", "description"];
    private static readonly string[] PhaseKeys = ["id", "name", "start", "end", "description", "occasions"];
    private static readonly string[] OccasionKeys = ["date", "name"];
    private static readonly string[] MonthlyReportingKeys = ["staffReportDay", "unitReportDay"];
    private static readonly string[] ReminderKeys = ["pledge", "monthlyProgress", "maxPerPrompt"];
    private static readonly string[] PledgeReminderKeys = ["daysBeforeDeadline", "time"];
    private static readonly string[] ProgressReminderKeys = ["daysAfterReportDay", "time"];
    private static readonly string[] TitlesKeys = ["individual", "collective"];
    private static readonly string[] TitleKeys = ["id", "name", "requirements"];
    private static readonly string[] AwardFormKeys = ["id", "name", "issuer"];
    private static readonly string[] VoteRuleKeys = ["quorum", "default", "overrides"];
    private static readonly string[] ThresholdKeys = ["atLeast", "moreThan", "of"];
    private static readonly string[] OverrideKeys = ["title", "awardForm", "atLeast", "moreThan", "of"];

    private static readonly Dictionary<string, VoteBase> VoteBases = new(StringComparer.Ordinal)
    {
        ["votesCast"] = VoteBase.VotesCast,
        ["members"] = VoteBase.Members,
    };

    public static CampaignParseResult Parse(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var reader = new CampaignFileReader();

        if (yaml.Length > Limits.MaxFileCharacters)
        {
            var line = 1 + yaml.AsSpan(0, Limits.MaxFileCharacters).Count('\n');
            reader.ReportAt(line, 1, "", Code.FileTooLarge,
                $"tệp dài {CountVi(yaml.Length)} ký tự, vượt giới hạn {CountVi(Limits.MaxFileCharacters)} ký tự (giới hạn bị vượt ở dòng này). Hãy rút gọn các đoạn mô tả dài.",
                $"the file is {CountEn(yaml.Length)} characters long, over the limit of {CountEn(Limits.MaxFileCharacters)} (passed on this line). Please shorten the long descriptions.");
            return CampaignParseResult.Invalid(reader.Errors);
        }

        if (Load(yaml, reader) is not { } root)
        {
            return CampaignParseResult.Invalid(reader.Errors);
        }

        var definition = Read(root, reader);
        return definition is not null && !reader.HasErrors
            ? CampaignParseResult.Valid(definition)
            : CampaignParseResult.Invalid(reader.Errors);
    }

    private static YamlNode? Load(string yaml, CampaignFileReader reader)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            var duplicate = exception.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase);
            var line = (int)exception.Start.Line;
            var column = (int)exception.Start.Column;
            if (exception.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndentedLine(yaml) is { } tabLine)
            {
                // The scanner points at the mapping that holds the tab, often line 1; the tab's own line helps more.
                (line, column) = (tabLine, 1);
            }
            if (duplicate)
            {
                var key = KeyOnLine(yaml, line);
                reader.ReportAt(line, column, "", Code.DuplicateKey,
                    $"mục “{key}” được viết hai lần trong cùng một nhóm. Hãy xóa hoặc sửa một trong hai.",
                    $"the field “{key}” is written twice in the same group. Remove or fix one of them.");
            }
            else
            {
                var detail = (exception.InnerException?.Message ?? exception.Message).Trim();
                reader.ReportAt(line, column, "", Code.YamlSyntax,
                    $"tệp viết sai cú pháp YAML ở cột {column}. Hãy kiểm tra thụt đầu dòng (dùng dấu cách, không dùng Tab), dấu hai chấm sau tên mục, dấu “- ” đầu mỗi phần tử danh sách và dấu ngoặc kép đóng mở đủ cặp. (Chi tiết kỹ thuật: {detail})",
                    $"the file is not valid YAML at column {column}. Check the indentation (spaces, not tabs), the colon after each key, the “- ” before each list item and that quotes are closed. (Technical detail: {detail})");
            }
            return null;
        }

        var documents = stream.Documents.Where(document => !CampaignFileReader.IsNull(document.RootNode)).ToList();
        if (documents.Count == 0)
        {
            reader.ReportAt(1, 1, "", Code.EmptyFile,
                "tệp không có nội dung. Hãy bắt đầu từ tệp mẫu ke-hoach-thi-dua-2013.yaml.",
                "the file is empty. Start from the sample file ke-hoach-thi-dua-2013.yaml.");
            return null;
        }
        if (documents.Count > 1)
        {
            reader.Report(documents[1].RootNode.Start, "", Code.MultipleDocuments,
                "tệp chứa nhiều hơn một kế hoạch (có thêm dòng “---”). Mỗi tệp chỉ chứa một kế hoạch.",
                "the file holds more than one document (a second “---”). One file holds one campaign.");
            return null;
        }
        return documents[0].RootNode;
    }

    private static string KeyOnLine(string yaml, int line)
    {
        var text = yaml.Split('\n').ElementAtOrDefault(line - 1)?.Trim().TrimStart('-', ' ') ?? "";
        var colon = text.IndexOf(':');
        return (colon > 0 ? text[..colon] : text).Trim().Trim('"', '\'');
    }

    private static int? FirstTabIndentedLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var indentation = lines[index][..(lines[index].Length - lines[index].TrimStart(' ', '\t').Length)];
            if (indentation.Contains('\t'))
            {
                return index + 1;
            }
        }
        return null;
    }

    private static CampaignDefinition? Read(YamlNode root, CampaignFileReader reader)
    {
        if (reader.Group(root, "", RootKeys) is not { } file)
        {
            return null;
        }

        var formatVersion = file.Number("formatVersion", 1, 1000);
        if (formatVersion is { } version && version != SupportedFormatVersion)
        {
            reader.Report("formatVersion", Code.UnsupportedFormatVersion,
                $"tệp ghi phiên bản định dạng {version}, nhưng ThiDuaBot chỉ đọc được phiên bản {SupportedFormatVersion}. Hãy ghi “formatVersion: {SupportedFormatVersion}” và dùng các mục như trong tệp mẫu.",
                $"the file says format version {version}, but ThiDuaBot reads version {SupportedFormatVersion} only. Write “formatVersion: {SupportedFormatVersion}” and use the fields of the sample file.");
            formatVersion = null;
        }
        var id = file.Id("id");
        var year = file.Number("year", 2000, 2100);
        var timeZoneId = ReadTimeZone(file, reader);
        var title = file.Text("title", Limits.MaxTitleText);
        var plan = ReadPlan(file, reader);
        var goals = ReadGoals(file, reader);
        var slogan = file.Text("slogan", Limits.MaxTitleText, required: false);
        var contentAreas = ReadContentAreas(file, reader);
        var phases = ReadPhases(file, reader, year);
        var pledgeDeadline = file.Date("pledgeDeadline");
        var monthlyReporting = ReadMonthlyReporting(file, reader);
        var reminders = ReadReminders(file, reader);
        var titles = ReadTitles(file, reader);
        var awardForms = ReadAwardForms(file, reader);
        var voteRule = ReadVoteRule(file, reader, titles, awardForms);

        CheckPledgeDeadline(reader, pledgeDeadline, plan, phases);

        if (formatVersion is null || id is null || year is null || timeZoneId is null || title is null || plan is null
            || contentAreas is null || phases is null || pledgeDeadline is null || monthlyReporting is null
            || reminders is null || titles is null || awardForms is null || voteRule is null || reader.HasErrors)
        {
            return null;
        }
        return new CampaignDefinition(formatVersion.Value, id, year.Value, timeZoneId, title, plan, goals, slogan,
            contentAreas, phases, pledgeDeadline.Value, monthlyReporting, reminders, titles, awardForms, voteRule);
    }

    private static string? ReadTimeZone(CampaignFileFields file, CampaignFileReader reader)
    {
        if (!file.Has("timeZone"))
        {
            return DefaultTimeZoneId;
        }
        if (file.Text("timeZone", Limits.MaxShortText) is not { } id)
        {
            return null;
        }
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(id, out var iana) && iana != id)
        {
            reader.Report("timeZone", Code.InvalidTimeZone,
                $"múi giờ “{id}” là tên theo Windows. Hãy dùng tên IANA, ví dụ “{iana}” (Việt Nam: {DefaultTimeZoneId}).",
                $"the time zone “{id}” is a Windows name. Use the IANA name instead, e.g. “{iana}” (Viet Nam: {DefaultTimeZoneId}).");
            return null;
        }
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return id;
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            reader.Report("timeZone", Code.InvalidTimeZone,
                $"không có múi giờ nào tên “{id}”. Ở Việt Nam dùng “{DefaultTimeZoneId}” (hoặc bỏ hẳn mục này, khi đó múi giờ là {DefaultTimeZoneId}).",
                $"there is no time zone “{id}”. Viet Nam uses “{DefaultTimeZoneId}” (or leave the field out: the default is {DefaultTimeZoneId}).");
            return null;
        }
    }

    private static CampaignPlan? ReadPlan(CampaignFileFields file, CampaignFileReader reader)
    {
        if (file.Group("plan", PlanKeys) is not { } plan)
        {
            return null;
        }
        var number = plan.Text("number", Limits.MaxShortText);
        var date = plan.Date("date");
        var place = plan.Text("place", Limits.MaxShortText);
        var issuer = plan.Text("issuer", Limits.MaxTitleText);
        PlanSigner? signer = null;
        if (plan.Group("signer", SignerKeys) is { } signerFields)
        {
            var signerTitle = signerFields.Text("title", Limits.MaxShortText);
            var signerName = signerFields.Text("name", Limits.MaxShortText);
            signer = signerTitle is null || signerName is null ? null : new PlanSigner(signerTitle, signerName);
        }
        return number is null || date is null || place is null || issuer is null || signer is null
            ? null
            : new CampaignPlan(number, date.Value, place, issuer, signer);
    }

    private static List<string> ReadGoals(CampaignFileFields file, CampaignFileReader reader)
    {
        var goals = new List<string>();
        foreach (var (node, path) in file.List("goals", Limits.MaxGoals, atLeastOne: false))
        {
            if (reader.Text(node, path, Limits.MaxGoalText) is { } goal)
            {
                goals.Add(goal);
            }
        }
        return goals;
    }

    private static List<ContentArea>? ReadContentAreas(CampaignFileFields file, CampaignFileReader reader)
    {
        var areas = new List<ContentArea>();
        var ids = new List<(string? Id, string Path)>();
        var complete = true;
        foreach (var (node, path) in file.List("contentAreas", Limits.MaxContentAreas, atLeastOne: true))
        {
            if (reader.Group(node, path, ContentAreaKeys) is not { } fields)
            {
                complete = false;
                continue;
            }
            var id = fields.Id("id");
            var title = fields.Text("title", Limits.MaxTitleText);
            var description = fields.Text("description", Limits.MaxDescriptionText, required: false);
            ids.Add((id, fields.Child("id")));
            if (id is null || title is null)
            {
                complete = false;
                continue;
            }
            areas.Add(new ContentArea(id, title, description));
        }
        CheckUnique(reader, ids, "nội dung thi đua", "a content area");
        return complete && areas.Count > 0 ? areas : null;
    }

    private sealed record PhaseDraft(string Path, int Number, string? Id, string? Name, DateOnly? Start, DateOnly? End);

    private static List<CampaignPhase>? ReadPhases(CampaignFileFields file, CampaignFileReader reader, int? year)
    {
        var phases = new List<CampaignPhase>();
        var drafts = new List<PhaseDraft>();
        var complete = true;
        foreach (var (node, path) in file.List("phases", Limits.MaxPhases, atLeastOne: true))
        {
            var number = drafts.Count + 1;
            if (reader.Group(node, path, PhaseKeys) is not { } fields)
            {
                complete = false;
                drafts.Add(new PhaseDraft(path, number, null, null, null, null));
                continue;
            }
            var draft = new PhaseDraft(path, number, fields.Id("id"), fields.Text("name", Limits.MaxShortText),
                fields.Date("start"), fields.Date("end"));
            drafts.Add(draft);
            var description = fields.Text("description", Limits.MaxGoalText, required: false);
            var occasions = ReadOccasions(fields, reader, draft);
            CheckPhaseDates(reader, draft, year);
            if (draft.Id is null || draft.Name is null || draft.Start is null || draft.End is null || occasions is null)
            {
                complete = false;
                continue;
            }
            phases.Add(new CampaignPhase(draft.Id, draft.Name, draft.Start.Value, draft.End.Value, description, occasions));
        }
        CheckUnique(reader, drafts.Select(draft => (draft.Id, $"{draft.Path}.id")), "đợt thi đua", "a phase");
        CheckPhaseOrder(reader, drafts);
        return complete && phases.Count > 0 ? phases : null;
    }

    private static List<PhaseOccasion>? ReadOccasions(CampaignFileFields phase, CampaignFileReader reader, PhaseDraft draft)
    {
        var occasions = new List<PhaseOccasion>();
        var complete = true;
        foreach (var (node, path) in phase.List("occasions", Limits.MaxOccasionsPerPhase, atLeastOne: false))
        {
            if (reader.Group(node, path, OccasionKeys) is not { } fields)
            {
                complete = false;
                continue;
            }
            var date = fields.Date("date", required: false);
            var name = fields.Text("name", Limits.MaxTitleText);
            if (date is { } day && draft.Start is { } start && draft.End is { } end && start <= end && (day < start || day > end))
            {
                reader.Report($"{path}.date", Code.OccasionOutsidePhase,
                    $"dịp “{name}” ({Show(day)}) nằm ngoài thời gian của đợt {draft.Number} ({Show(start)}–{Show(end)}). Hãy sửa ngày hoặc chuyển dịp này sang đợt có ngày đó.",
                    $"the occasion “{name}” ({Show(day)}) is outside phase {draft.Number} ({Show(start)}–{Show(end)}). Fix the date or move the occasion to the phase that includes it.");
                complete = false;
            }
            if (name is null)
            {
                complete = false;
                continue;
            }
            occasions.Add(new PhaseOccasion(date, name));
        }
        return complete ? occasions : null;
    }

    private static void CheckPhaseDates(CampaignFileReader reader, PhaseDraft phase, int? year)
    {
        if (year is { } campaignYear)
        {
            foreach (var (date, key, vi, en) in new[] { (phase.Start, "start", "ngày bắt đầu", "start"), (phase.End, "end", "ngày kết thúc", "end") })
            {
                if (date is { } day && day.Year != campaignYear)
                {
                    reader.Report($"{phase.Path}.{key}", Code.PhaseOutsideYear,
                        $"{vi} đợt {phase.Number} ({Show(day)}) không thuộc năm {campaignYear} của kế hoạch. Mỗi đợt phải nằm trọn trong năm {campaignYear}.",
                        $"the {en} of phase {phase.Number} ({Show(day)}) is not in the campaign year {campaignYear}. Every phase must lie within {campaignYear}.");
                }
            }
        }
        if (phase.Start is { } start && phase.End is { } end && end < start)
        {
            reader.Report($"{phase.Path}.end", Code.PhaseEndBeforeStart,
                $"ngày kết thúc đợt {phase.Number} ({Show(end)}) trước ngày bắt đầu ({Show(start)}).",
                $"phase {phase.Number} ends ({Show(end)}) before it starts ({Show(start)}).");
        }
    }

    private static void CheckPhaseOrder(CampaignFileReader reader, List<PhaseDraft> drafts)
    {
        var valid = drafts.Where(draft => draft.Start is { } start && draft.End is { } end && start <= end).ToList();
        for (var later = 1; later < valid.Count; later++)
        {
            var phase = valid[later];
            var overlapping = valid.Take(later).FirstOrDefault(earlier => phase.Start <= earlier.End && phase.End >= earlier.Start);
            if (overlapping is not null)
            {
                reader.Report($"{phase.Path}.start", Code.PhasesOverlap,
                    $"đợt {phase.Number} ({Show(phase.Start)}–{Show(phase.End)}) trùng thời gian với đợt {overlapping.Number} ({Show(overlapping.Start)}–{Show(overlapping.End)}). Đợt sau phải bắt đầu sau ngày kết thúc của đợt trước.",
                    $"phase {phase.Number} ({Show(phase.Start)}–{Show(phase.End)}) overlaps phase {overlapping.Number} ({Show(overlapping.Start)}–{Show(overlapping.End)}). Each phase must start after the previous one ends.");
            }
            else if (phase.Start < valid[later - 1].Start)
            {
                var previous = valid[later - 1];
                reader.Report($"{phase.Path}.start", Code.PhasesOutOfOrder,
                    $"đợt {phase.Number} ({Show(phase.Start)}) bắt đầu trước đợt {previous.Number} ({Show(previous.Start)}) đứng trên nó. Hãy xếp các đợt theo thứ tự thời gian.",
                    $"phase {phase.Number} ({Show(phase.Start)}) starts before phase {previous.Number} ({Show(previous.Start)}) listed above it. List the phases in date order.");
            }
        }
    }

    private static void CheckPledgeDeadline(CampaignFileReader reader, DateOnly? deadline, CampaignPlan? plan, List<CampaignPhase>? phases)
    {
        if (deadline is not { } day)
        {
            return;
        }
        if (plan is not null && day < plan.Date)
        {
            reader.Report("pledgeDeadline", Code.PledgeDeadlineBeforePlanDate,
                $"hạn đăng ký thi đua ({Show(day)}) trước ngày ban hành kế hoạch ({Show(plan.Date)}). Hạn đăng ký phải từ ngày ban hành trở về sau.",
                $"the pledge deadline ({Show(day)}) is before the plan's date ({Show(plan.Date)}). The deadline must be on or after the plan's date.");
        }
        if (phases is { Count: > 0 } && day > phases[0].End)
        {
            reader.Report("pledgeDeadline", Code.PledgeDeadlineAfterFirstPhaseEnd,
                $"hạn đăng ký thi đua ({Show(day)}) sau ngày kết thúc đợt 1 ({Show(phases[0].End)}). Mọi người phải đăng ký trong đợt đầu, để sơ kết đợt 1 có nội dung đăng ký mà xét.",
                $"the pledge deadline ({Show(day)}) is after the end of phase 1 ({Show(phases[0].End)}). People must pledge within the first phase, so that its interim review has pledges to review.");
        }
    }

    private static MonthlyReporting? ReadMonthlyReporting(CampaignFileFields file, CampaignFileReader reader)
    {
        if (file.Group("monthlyReporting", MonthlyReportingKeys) is not { } fields)
        {
            return null;
        }
        const string hintVi = " Ngày 29, 30, 31 không dùng được vì có tháng không có những ngày đó.";
        const string hintEn = " Days 29–31 are not allowed because some months do not have them.";
        var staffDay = fields.Number("staffReportDay", 1, 28, rangeCode: Code.ReportDayOutOfRange, rangeHintVi: hintVi, rangeHintEn: hintEn);
        var unitDay = fields.Number("unitReportDay", 1, 28, rangeCode: Code.ReportDayOutOfRange, rangeHintVi: hintVi, rangeHintEn: hintEn);
        if (staffDay is not { } staff || unitDay is not { } unit)
        {
            return null;
        }
        if (unit < staff)
        {
            reader.Report(fields.Child("unitReportDay"), Code.UnitReportBeforeStaffReport,
                $"ngày đơn vị nộp báo cáo tháng (ngày {unit}) trước ngày cá nhân báo cáo (ngày {staff}). Thủ trưởng đơn vị cần có báo cáo của mọi người trước, nên ngày này phải từ ngày {staff} trở đi.",
                $"the unit report day ({unit}) is before the staff report day ({staff}). Unit heads need their people's reports first, so it must be day {staff} or later.");
            return null;
        }
        return new MonthlyReporting(staff, unit);
    }

    private static ReminderPolicy? ReadReminders(CampaignFileFields file, CampaignFileReader reader)
    {
        var defaults = ReminderPolicy.Default;
        if (!file.Has("reminders"))
        {
            return defaults;
        }
        if (file.Group("reminders", ReminderKeys) is not { } fields)
        {
            return null;
        }
        var pledge = defaults.Pledge;
        if (fields.Has("pledge"))
        {
            pledge = null;
            if (fields.Group("pledge", PledgeReminderKeys) is { } pledgeFields)
            {
                var before = ReadDays(pledgeFields, reader, "daysBeforeDeadline", 30);
                var time = pledgeFields.Time("time");
                pledge = before is null || time is null ? null : new PledgeReminders(before, time.Value);
            }
        }
        var progress = defaults.MonthlyProgress;
        if (fields.Has("monthlyProgress"))
        {
            progress = null;
            if (fields.Group("monthlyProgress", ProgressReminderKeys) is { } progressFields)
            {
                var after = ReadDays(progressFields, reader, "daysAfterReportDay", 27);
                var time = progressFields.Time("time");
                progress = after is null || time is null ? null : new ProgressReminders(after, time.Value);
            }
        }
        var max = fields.Has("maxPerPrompt")
            ? fields.Number("maxPerPrompt", 0, Limits.MaxRemindersPerPrompt)
            : defaults.MaxPerPrompt;
        if (pledge is null || progress is null || max is null)
        {
            return null;
        }
        var automatic = Math.Max(pledge.DaysBeforeDeadline.Count, progress.DaysAfterReportDay.Count);
        if (automatic > max)
        {
            var at = fields.Has("maxPerPrompt") ? fields.Child("maxPerPrompt") : fields.Path;
            reader.Report(at, Code.ReminderLimitTooLow,
                $"số lần nhắc tối đa ({max}) ít hơn số lần nhắc tự động đã đặt ({automatic}). Hãy tăng số lần tối đa hoặc bớt ngày nhắc.",
                $"the maximum number of reminders ({max}) is lower than the automatic reminders set ({automatic}). Raise the maximum or remove reminder days.");
            return null;
        }
        return new ReminderPolicy(pledge, progress, max.Value);
    }

    private static List<int>? ReadDays(CampaignFileFields fields, CampaignFileReader reader, string key, int maxDay)
    {
        var days = new List<int>();
        var complete = true;
        foreach (var (node, path) in fields.List(key, Limits.MaxReminderDays, atLeastOne: false))
        {
            if (reader.Number(node, path, 0, maxDay, Code.NumberOutOfRange) is not { } day)
            {
                complete = false;
                continue;
            }
            if (days.Contains(day))
            {
                reader.Report(node.Start, path, Code.DuplicateValue,
                    $"ngày nhắc {day} đã có trong danh sách này. Mỗi ngày chỉ ghi một lần.",
                    $"reminder day {day} is already in this list. Write each day once.");
                complete = false;
                continue;
            }
            days.Add(day);
        }
        return complete ? days : null;
    }

    private static CampaignTitles? ReadTitles(CampaignFileFields file, CampaignFileReader reader)
    {
        if (file.Group("titles", TitlesKeys) is not { } fields)
        {
            return null;
        }
        var ids = new List<(string? Id, string Path)>();
        var individual = ReadTitleList(fields, reader, "individual", atLeastOne: true, ids);
        var collective = ReadTitleList(fields, reader, "collective", atLeastOne: false, ids);
        CheckUnique(reader, ids, "danh hiệu", "a title");
        return individual is null || collective is null ? null : new CampaignTitles(individual, collective);
    }

    private static List<EmulationTitle>? ReadTitleList(CampaignFileFields titles, CampaignFileReader reader, string key,
        bool atLeastOne, List<(string? Id, string Path)> ids)
    {
        var list = new List<EmulationTitle>();
        var complete = true;
        foreach (var (node, path) in titles.List(key, Limits.MaxTitlesPerKind, atLeastOne))
        {
            if (reader.Group(node, path, TitleKeys) is not { } fields)
            {
                complete = false;
                continue;
            }
            var id = fields.Id("id");
            var name = fields.Text("name", Limits.MaxShortText);
            var requirements = fields.Text("requirements", Limits.MaxGoalText, required: false);
            ids.Add((id, fields.Child("id")));
            if (id is null || name is null)
            {
                complete = false;
                continue;
            }
            list.Add(new EmulationTitle(id, name, requirements));
        }
        return complete && (list.Count > 0 || !atLeastOne) ? list : null;
    }

    private static List<AwardForm>? ReadAwardForms(CampaignFileFields file, CampaignFileReader reader)
    {
        var forms = new List<AwardForm>();
        var ids = new List<(string? Id, string Path)>();
        var complete = true;
        foreach (var (node, path) in file.List("awardForms", Limits.MaxAwardForms, atLeastOne: false))
        {
            if (reader.Group(node, path, AwardFormKeys) is not { } fields)
            {
                complete = false;
                continue;
            }
            var id = fields.Id("id");
            var name = fields.Text("name", Limits.MaxShortText);
            var issuer = fields.Text("issuer", Limits.MaxTitleText);
            ids.Add((id, fields.Child("id")));
            if (id is null || name is null || issuer is null)
            {
                complete = false;
                continue;
            }
            forms.Add(new AwardForm(id, name, issuer));
        }
        CheckUnique(reader, ids, "hình thức khen thưởng", "an award form");
        return complete ? forms : null;
    }

    private static VoteRule? ReadVoteRule(CampaignFileFields file, CampaignFileReader reader, CampaignTitles? titles, List<AwardForm>? awardForms)
    {
        if (file.Group("voteRule", VoteRuleKeys) is not { } fields)
        {
            return null;
        }
        var quorum = fields.Share("quorum");
        var defaultThreshold = fields.Group("default", ThresholdKeys) is { } defaultFields ? ReadThreshold(defaultFields, reader) : null;
        var overrides = new List<VoteRuleOverride>();
        var subjects = new List<(string? Id, string Path)>();
        var complete = true;
        foreach (var (node, path) in fields.List("overrides", Limits.MaxVoteOverrides, atLeastOne: false))
        {
            if (reader.Group(node, path, OverrideKeys) is not { } item)
            {
                complete = false;
                continue;
            }
            var (titleId, awardFormId) = ReadOverrideSubject(item, reader, titles, awardForms);
            var threshold = ReadThreshold(item, reader);
            subjects.Add((titleId is not null ? $"title:{titleId}" : awardFormId is not null ? $"awardForm:{awardFormId}" : null,
                item.Child(titleId is not null ? "title" : "awardForm")));
            if ((titleId is null && awardFormId is null) || threshold is null)
            {
                complete = false;
                continue;
            }
            overrides.Add(new VoteRuleOverride(titleId, awardFormId, threshold));
        }
        CheckUnique(reader, subjects, "một ngưỡng riêng khác", "another override", showId: id => id[(id.IndexOf(':') + 1)..]);
        return quorum is null || defaultThreshold is null || !complete ? null : new VoteRule(quorum, defaultThreshold, overrides);
    }

    private static (string? TitleId, string? AwardFormId) ReadOverrideSubject(CampaignFileFields item, CampaignFileReader reader,
        CampaignTitles? titles, List<AwardForm>? awardForms)
    {
        var hasTitle = item.Has("title");
        var hasAwardForm = item.Has("awardForm");
        if (hasTitle && hasAwardForm)
        {
            reader.Report(item.PositionOf("awardForm"), item.Child("awardForm"), Code.ConflictingFields,
                "mỗi ngưỡng riêng chỉ dành cho một danh hiệu (“title”) hoặc một hình thức khen thưởng (“awardForm”), không ghi cả hai.",
                "each override is for one title (“title”) or one award form (“awardForm”), not both.");
            return (null, null);
        }
        if (!hasTitle && !hasAwardForm)
        {
            reader.Report(item.Start, item.Child("title"), Code.MissingField,
                "ngưỡng riêng này chưa nói áp dụng cho gì: thêm “title: <mã danh hiệu>” hoặc “awardForm: <mã hình thức khen thưởng>”.",
                "this override does not say what it applies to: add “title: <title id>” or “awardForm: <award form id>”.");
            return (null, null);
        }
        if (hasTitle)
        {
            if (item.Id("title") is not { } titleId)
            {
                return (null, null);
            }
            if (titles is not null && titles.Find(titleId) is null)
            {
                var known = titles.All.Select(title => title.Id).ToList();
                var closest = Closest(titleId, known);
                reader.Report(item.Child("title"), Code.UnknownTitle,
                    $"không có danh hiệu nào có mã “{titleId}” trong mục titles.{(closest is null ? "" : $" Có phải là “{closest}”?")} Các mã danh hiệu trong tệp: {string.Join(", ", known)}.",
                    $"no title has the id “{titleId}” under titles.{(closest is null ? "" : $" Did you mean “{closest}”?")} The title ids in the file: {string.Join(", ", known)}.");
                return (null, null);
            }
            return (titles is null ? null : titleId, null);
        }
        if (item.Id("awardForm") is not { } awardFormId)
        {
            return (null, null);
        }
        if (awardForms is not null && awardForms.All(form => form.Id != awardFormId))
        {
            var known = awardForms.Select(form => form.Id).ToList();
            var closest = Closest(awardFormId, known);
            var list = known.Count == 0 ? "(chưa có)" : string.Join(", ", known);
            var listEn = known.Count == 0 ? "(none)" : string.Join(", ", known);
            reader.Report(item.Child("awardForm"), Code.UnknownAwardForm,
                $"không có hình thức khen thưởng nào có mã “{awardFormId}” trong mục awardForms.{(closest is null ? "" : $" Có phải là “{closest}”?")} Các mã trong tệp: {list}.",
                $"no award form has the id “{awardFormId}” under awardForms.{(closest is null ? "" : $" Did you mean “{closest}”?")} The award form ids in the file: {listEn}.");
            return (null, null);
        }
        return (null, awardForms is null ? null : awardFormId);
    }

    private static VoteThreshold? ReadThreshold(CampaignFileFields fields, CampaignFileReader reader)
    {
        var hasAtLeast = fields.Has("atLeast");
        var hasMoreThan = fields.Has("moreThan");
        VoteShare? share = null;
        if (hasAtLeast && hasMoreThan)
        {
            reader.Report(fields.PositionOf("moreThan"), fields.Child("moreThan"), Code.ConflictingFields,
                "chỉ ghi một trong hai: “atLeast” (từ … trở lên) hoặc “moreThan” (trên …), không ghi cả hai.",
                "write only one of “atLeast” and “moreThan”, not both.");
        }
        else if (!hasAtLeast && !hasMoreThan)
        {
            reader.Report(fields.Start, fields.Child("atLeast"), Code.MissingField,
                "thiếu tỷ lệ đồng ý: ghi “atLeast: 70%” (từ 70% trở lên) hoặc “moreThan: 50%” (trên 50%).",
                "the share in favour is missing: write “atLeast: 70%” or “moreThan: 50%”.");
        }
        else
        {
            share = fields.Share(hasAtLeast ? "atLeast" : "moreThan");
        }
        var voteBase = fields.Choice("of", VoteBases);
        return share is null || voteBase is null ? null : new VoteThreshold(share, Strictly: hasMoreThan, voteBase.Value);
    }

    private static void CheckUnique(CampaignFileReader reader, IEnumerable<(string? Id, string Path)> items, string whatVi, string whatEn,
        Func<string, string>? showId = null)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, path) in items)
        {
            if (id is null)
            {
                continue;
            }
            if (seen.TryGetValue(id, out var firstPath))
            {
                var firstLine = reader.PositionOf(firstPath).Line;
                var shown = showId?.Invoke(id) ?? id;
                reader.Report(path, Code.DuplicateId,
                    $"mã “{shown}” đã dùng cho {whatVi} ở dòng {firstLine}. Mỗi mã chỉ dùng một lần; hãy đổi mã này.",
                    $"the id “{shown}” is already used by {whatEn} on line {firstLine}. Each id is used once; change this one.");
                continue;
            }
            seen[id] = path;
        }
    }
}
