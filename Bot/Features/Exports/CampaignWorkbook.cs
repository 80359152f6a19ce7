using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Progress.Units;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>
/// The campaign's Excel workbook (<c>.xlsx</c>), in Vietnamese: pledges, each person's monthly progress, each unit's
/// month, the unit monthly reports with every version, and the good deeds with the heads' decisions.
/// </summary>
public static class CampaignWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string PledgesSheet = "Đăng ký thi đua";
    public const string PeopleSheet = "Tiến độ cá nhân";
    public const string UnitsSheet = "Tiến độ đơn vị";
    public const string UnitReportsSheet = "Báo cáo đơn vị";
    public const string DeedsSheet = "Người tốt việc tốt";

    public static byte[] Build(ExportData data)
    {
        var sheets = new[] { Pledges(data), People(data), Units(data), UnitReports(data), Deeds(data) };
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = ExportText.ForCell(data.Campaign.Definition.Title, 250);
            document.PackageProperties.Creator = "ThiDuaBot";
            document.PackageProperties.Created = data.ReadAt.UtcDateTime;
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
            var sheetList = new Sheets();
            var names = new DefinedNames();
            for (var i = 0; i < sheets.Length; i++)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                sheets[i].Write(part);
                sheetList.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)i + 1, Id = workbookPart.GetIdOfPart(part) });
                names.Append(new DefinedName(sheets[i].FilterDefinedName) { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
            }
            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                sheetList,
                names);
        }
        return stream.ToArray();
    }

    private static SheetWriter Pledges(ExportData data)
    {
        var campaign = data.Campaign;
        var sheet = new SheetWriter(PledgesSheet,
            ["Loại", "Cá nhân / tập thể", "Tên đăng nhập", "Đơn vị", "Danh hiệu đăng ký", "Nội dung thi đua", "Chỉ tiêu cụ thể",
             "Số sáng kiến", "Cam kết", "Phiên bản", "Đăng ký lần đầu", "Cập nhật lần cuối", "Người cập nhật"]);
        var rows = data.Pledges
            .Select(p => (Pledge: p, Name: p.Kind == PledgeKind.Individual ? data.PersonName(p.Subject) : UnitName(data, p.Subject), Unit: UnitName(data, p.UnitId)))
            .OrderBy(r => r.Pledge.Kind).ThenBy(r => r.Unit, TextOrder.Vietnamese).ThenBy(r => r.Name, TextOrder.Vietnamese);
        foreach (var (pledge, name, unit) in rows)
        {
            var content = pledge.Content;
            sheet.Add(
                ExportLabels.Kind(pledge.Kind),
                name,
                pledge.Kind == PledgeKind.Individual ? pledge.Subject : "",
                unit,
                campaign.TitleName(content.TitleId),
                string.Join("\n", content.ContentAreaIds.Select(campaign.AreaTitle)),
                content.Targets,
                content.Numbers.TryGetValue(PledgeNumberTarget.InitiativesId, out var initiatives) ? initiatives : null,
                content.Commitment,
                pledge.Version,
                campaign.Local(pledge.FirstSavedAt),
                campaign.Local(pledge.SavedAt),
                pledge.SavedBy.Name ?? pledge.SavedBy.SignInName ?? "");
        }
        return sheet;
    }

    private static SheetWriter People(ExportData data)
    {
        var campaign = data.Campaign;
        var areas = campaign.Definition.ContentAreas;
        var sheet = new SheetWriter(PeopleSheet,
            ["Tháng", "Họ và tên", "Tên đăng nhập", "Đơn vị", .. areas.Select(a => a.Title), "Kết quả đạt được", "Người tốt việc tốt", "Phiên bản", "Cập nhật lúc"]);
        foreach (var month in data.Reports)
        {
            var rows = month.People
                .Select(r => (Report: r, Name: data.PersonName(r.Subject), Unit: UnitName(data, r.UnitId)))
                .OrderBy(r => r.Unit, TextOrder.Vietnamese).ThenBy(r => r.Name, TextOrder.Vietnamese);
            foreach (var (report, name, unit) in rows)
            {
                var byArea = report.Content.Areas.ToDictionary(a => a.AreaId, StringComparer.Ordinal);
                var achieved = string.Join("\n", report.Content.Areas
                    .Where(a => !string.IsNullOrWhiteSpace(a.Achieved))
                    .Select(a => $"{campaign.AreaTitle(a.AreaId)}: {a.Achieved.Trim()}"));
                sheet.Add([
                    new SheetWriter.Month(month.Month.First),
                    name,
                    report.Subject,
                    unit,
                    .. areas.Select(a => byArea.TryGetValue(a.Id, out var line) ? ExportLabels.Status(line.Status) : null),
                    achieved,
                    DeedText(report.Content.GoodDeed),
                    report.Version,
                    campaign.Local(report.SavedAt),
                ]);
            }
        }
        return sheet;
    }

    private static SheetWriter Units(ExportData data)
    {
        var sheet = new SheetWriter(UnitsSheet,
            ["Tháng", "Đơn vị", "Số người", "Đã đăng ký", "Đã báo cáo", "Chưa báo cáo (đã đăng ký)", "Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Gặp khó khăn", "Báo cáo đơn vị"]);
        var pledged = data.Pledges.Where(p => p.Kind == PledgeKind.Individual).Select(p => p.Subject).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var units = data.Campaign.Units.OrderBy(u => u.Name, TextOrder.Vietnamese).ToList();
        foreach (var month in data.Reports)
        {
            foreach (var unit in units)
            {
                var members = UnitMonthRollups.MembersOf(data.People, unit.UnitId);
                var reports = month.People.Where(r => r.UnitId == unit.UnitId).ToList();
                var reported = reports.Select(r => r.Subject).ToHashSet(StringComparer.OrdinalIgnoreCase);
                if (!unit.Active && reports.Count == 0)
                {
                    continue;
                }
                var lines = reports.SelectMany(r => r.Content.Areas).ToList();
                var unitReport = month.UnitReports.Where(r => r.UnitId == unit.UnitId).MaxBy(r => r.Version);
                sheet.Add(
                    new SheetWriter.Month(month.Month.First),
                    unit.Name,
                    members.Count,
                    members.Count(m => pledged.Contains(m.SignInName)),
                    reports.Count,
                    members.Count(m => pledged.Contains(m.SignInName) && !reported.Contains(m.SignInName)),
                    lines.Count(l => l.Status == ProgressStatus.Done),
                    lines.Count(l => l.Status == ProgressStatus.InProgress),
                    lines.Count(l => l.Status == ProgressStatus.NotStarted),
                    lines.Count(l => l.Status == ProgressStatus.Blocked),
                    unitReport is null ? "Chưa gửi" : unitReport.Version == 1 ? "Đã gửi" : $"Đã gửi (sửa đổi lần {unitReport.Version - 1})");
            }
        }
        return sheet;
    }

    private static SheetWriter UnitReports(ExportData data)
    {
        var sheet = new SheetWriter(UnitReportsSheet,
            ["Tháng", "Đơn vị", "Phiên bản", "Người gửi", "Thời điểm", "Nhận xét của thủ trưởng", "Lý do sửa đổi"]);
        foreach (var month in data.Reports)
        {
            var rows = month.UnitReports
                .OrderBy(r => UnitName(data, r.UnitId), TextOrder.Vietnamese).ThenBy(r => r.Version);
            foreach (var report in rows)
            {
                sheet.Add(
                    new SheetWriter.Month(month.Month.First),
                    UnitName(data, report.UnitId),
                    report.Version,
                    report.SavedBy.Name ?? report.SavedBy.SignInName ?? "",
                    data.Campaign.Local(report.SavedAt),
                    report.Comment,
                    report.Reason ?? "");
            }
        }
        return sheet;
    }

    private static SheetWriter Deeds(ExportData data)
    {
        var sheet = new SheetWriter(DeedsSheet,
            ["Tháng", "Người nêu", "Đơn vị", "Người được nêu", "Việc tốt", "Quyết định của thủ trưởng", "Người quyết định", "Thời điểm quyết định"]);
        foreach (var month in data.Reports)
        {
            var rows = month.People
                .Where(r => r.Content.GoodDeed is not null)
                .Select(r => (Report: r, Name: data.PersonName(r.Subject), Unit: UnitName(data, r.UnitId)))
                .OrderBy(r => r.Unit, TextOrder.Vietnamese).ThenBy(r => r.Name, TextOrder.Vietnamese);
            foreach (var (report, name, unit) in rows)
            {
                var deed = report.Content.GoodDeed!;
                var decision = Decision(month, report.Subject, deed);
                sheet.Add(
                    new SheetWriter.Month(month.Month.First),
                    name,
                    unit,
                    deed.ColleagueName ?? ExportLabels.Self,
                    deed.Description,
                    ExportLabels.Decision(decision?.Decision),
                    decision is null ? "" : decision.DecidedBy.Name ?? decision.DecidedBy.SignInName ?? "",
                    decision is null ? null : data.Campaign.Local(decision.DecidedAt));
            }
        }
        return sheet;
    }

    /// <summary>The head's decision that still applies to the deed the person's report puts forward, if any.</summary>
    internal static StoredDeedDecision? Decision(ExportMonthData month, string subject, GoodDeed deed) =>
        month.DeedDecisions.FirstOrDefault(d => string.Equals(d.Subject, subject, StringComparison.OrdinalIgnoreCase) && d.AppliesTo(deed));

    internal static string UnitName(ExportData data, string? unitId) =>
        unitId is null ? ExportLabels.NoUnit : data.Campaign.Units.FirstOrDefault(u => u.UnitId == unitId)?.Name ?? unitId;

    private static string DeedText(GoodDeed? deed) => deed is null
        ? ""
        : deed.ColleagueName is null ? deed.Description : $"{deed.ColleagueName}: {deed.Description}";

    private static Stylesheet Stylesheet()
    {
        var numberFormats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "dd/mm/yyyy hh:mm" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "mm/yyyy" })
        { Count = 3 };
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 };
        var top = new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true };
        CellFormat Format(uint numberFormat, uint font = 0, uint fill = 0, uint border = 0, bool quote = false) => new(
            (Alignment)top.CloneNode(true))
        {
            NumberFormatId = numberFormat, FontId = font, FillId = fill, BorderId = border, FormatId = 0,
            ApplyNumberFormat = numberFormat != 0, ApplyFont = font != 0, ApplyFill = fill != 0, ApplyBorder = border != 0,
            ApplyAlignment = true, QuotePrefix = quote ? true : null,
        };
        var cellFormats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            Format(0),
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center, WrapText = true })
            {
                NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 1, FormatId = 0,
                ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true,
            },
            Format(164),
            Format(165),
            Format(166),
            Format(1),
            Format(49, quote: true))
        { Count = 8 };
        return new Stylesheet(
            numberFormats,
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
