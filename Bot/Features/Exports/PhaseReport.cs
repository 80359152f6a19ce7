using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Features.Digests.Reviews;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Progress;

namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>
/// The Word report (<c>.docx</c>) for a phase review, laid out as a Vietnamese administrative report (Nghị định
/// 30/2020/NĐ-CP): the issuing body and the national motto side by side, the number line, place and date, the title,
/// section I filled from the data (the phase's months; the whole year for the final review, as the digest's <see cref="ReviewPeriod"/>), sections II–IV as bracketed placeholders, "Nơi nhận" and the signature block.
/// Times New Roman 14 pt on A4. The secretary finishes it and has it signed.
/// </summary>
public static class PhaseReport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>How many good deeds the report lists by name; the rest are counted (the workbook has them all).</summary>
    public const int MaxDeedsListed = 40;

    public static byte[] Build(ExportData data, CampaignPhase phase)
    {
        var definition = data.Campaign.Definition;
        var period = ReviewPeriod.For(definition, phase);
        var final = period.Final;
        var review = final ? "Tổng kết" : "Sơ kết";
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = $"Báo cáo {review.ToLowerInvariant()} {phase.Name}";
            document.PackageProperties.Creator = "ThiDuaBot";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            body.Append(Header(definition));
            body.Append(Para(Run($"{definition.Plan.Place}, ngày      tháng      năm {phase.End.Year}", italic: true), JustificationValues.Right, before: 120));
            body.Append(Para(Run("BÁO CÁO", bold: true), JustificationValues.Center, before: 240));
            body.Append(Para(Run(Subject(definition, phase, review, final), bold: true), JustificationValues.Center));
            body.Append(Para(Run("_______________", bold: false), JustificationValues.Center, after: 240));
            body.Append(Indented(
                $"Thực hiện {Lower(definition.Title)} số {definition.Plan.Number} ngày {definition.Plan.Date:dd/MM/yyyy} của {definition.Plan.Issuer}, "
                + $"{definition.Plan.Issuer} báo cáo {review.ToLowerInvariant()} {(final ? $"năm {definition.Year}" : phase.Name)} (từ {period.Start:dd/MM/yyyy} đến {period.End:dd/MM/yyyy}) như sau:"));
            foreach (var element in Results(data, period))
            {
                body.Append(element);
            }
            body.Append(Heading("II. ƯU ĐIỂM"));
            body.Append(Indented("[Thư ký Hội đồng viết phần này: những mặt làm tốt, cách làm hay, đơn vị và cá nhân tiêu biểu.]"));
            body.Append(Heading("III. TỒN TẠI, HẠN CHẾ"));
            body.Append(Indented("[Thư ký Hội đồng viết phần này: những việc chưa làm được, nguyên nhân.]"));
            body.Append(Heading("IV. ĐỀ XUẤT, KIẾN NGHỊ"));
            body.Append(Indented(final
                ? "[Thư ký Hội đồng viết phần này: đề xuất khen thưởng, nhiệm vụ năm sau.]"
                : "[Thư ký Hội đồng viết phần này: đề xuất khen thưởng, nhiệm vụ đợt tiếp theo.]"));
            body.Append(Indented($"Trên đây là báo cáo {review.ToLowerInvariant()} {(final ? $"năm {definition.Year}" : phase.Name)} của {definition.Plan.Issuer}./."));
            body.Append(Signature(definition));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>"Sơ kết Đợt 1 phong trào thi đua …", from the campaign's title ("Kế hoạch thi đua …").</summary>
    internal static string Subject(CampaignDefinition definition, CampaignPhase phase, string review, bool final)
    {
        var title = definition.Title.Trim();
        const string plan = "Kế hoạch ";
        var movement = title.StartsWith(plan, StringComparison.OrdinalIgnoreCase) ? title[plan.Length..] : title;
        movement = movement.StartsWith("thi đua", StringComparison.OrdinalIgnoreCase) ? "phong trào " + Lower(movement) : "phong trào thi đua " + movement;
        return final ? $"{review} {movement} năm {definition.Year}" : $"{review} {phase.Name} {movement}";
    }

    private static IEnumerable<OpenXmlElement> Results(ExportData data, ReviewPeriod period)
    {
        var campaign = data.Campaign;
        var definition = campaign.Definition;
        var staff = data.People.Where(p => p.Active && p.Has(Storage.Roster.Role.Staff)).ToList();
        var individual = data.Pledges.Where(p => p.Kind == PledgeKind.Individual).ToList();
        var collective = data.Pledges.Where(p => p.Kind == PledgeKind.Collective).ToList();
        var pledgedStaff = staff.Count(p => individual.Any(i => string.Equals(i.Subject, p.SignInName, StringComparison.OrdinalIgnoreCase)));
        var units = campaign.Units.Where(u => u.Active).OrderBy(u => u.Name, TextOrder.Vietnamese).ToList();

        yield return Heading("I. KẾT QUẢ ĐẠT ĐƯỢC");
        yield return SubHeading("1. Tham gia đăng ký thi đua");
        yield return Indented($"Tổng số cán bộ, công chức, viên chức, lao động: {staff.Count} người; đã đăng ký thi đua: {pledgedStaff} người ({Percent(pledgedStaff, staff.Count)}).");
        yield return Indented($"Số phòng, đơn vị: {units.Count}; đã đăng ký thi đua tập thể: {collective.Count(c => units.Any(u => u.UnitId == c.Subject))} đơn vị.");

        yield return SubHeading("2. Đăng ký danh hiệu thi đua");
        var titleRows = definition.Titles.Individual.Select(t => new[] { t.Name, "Cá nhân", individual.Count(p => p.Content.TitleId == t.Id).ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .Concat(definition.Titles.Collective.Select(t => new[] { t.Name, "Tập thể", collective.Count(p => p.Content.TitleId == t.Id).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        yield return Table(["Danh hiệu thi đua", "Cá nhân / tập thể", "Số đăng ký"], titleRows, [5200, 2000, 1800]);

        // Progress by content area: each person's last report within the phase.
        var phaseMonths = data.Reports.Where(m => m.Month.First <= period.End && m.Month.Last >= period.Start).ToList();
        var latest = phaseMonths.SelectMany(m => m.People)
            .GroupBy(r => r.Subject, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.MaxBy(r => r.Month, StringComparer.Ordinal)!)
            .ToList();
        yield return SubHeading("3. Tiến độ theo nội dung thi đua");
        yield return Indented($"Theo báo cáo tháng gần nhất trong {(period.Final ? "năm" : "đợt")} của {latest.Count} người (số lượt báo cáo theo từng nội dung):");
        var areaRows = definition.ContentAreas.Select((area, i) =>
        {
            var lines = latest.SelectMany(r => r.Content.Areas).Where(a => a.AreaId == area.Id).ToList();
            return new[]
            {
                $"{i + 1}. {area.Title}",
                Count(lines, ProgressStatus.Done), Count(lines, ProgressStatus.InProgress), Count(lines, ProgressStatus.NotStarted), Count(lines, ProgressStatus.Blocked),
            };
        });
        yield return Table(["Nội dung thi đua", "Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Gặp khó khăn"], areaRows, [4200, 1200, 1200, 1200, 1200]);

        yield return SubHeading("4. Các phòng, đơn vị");
        // Months of the phase that have begun when the data was read: the months a unit report could be due for.
        var readMonth = DateOnly.FromDateTime(campaign.Local(data.ReadAt).DateTime);
        var lastMonth = new[] { period.End, readMonth }.Min();
        var dueMonths = Math.Max(0, (lastMonth.Year - period.Start.Year) * 12 + lastMonth.Month - period.Start.Month + 1);
        var pledged = individual.Select(p => p.Subject).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unitRows = units.Select(unit =>
        {
            var members = Progress.Units.UnitMonthRollups.MembersOf(data.People, unit.UnitId);
            var sent = phaseMonths.Count(m => m.UnitReports.Any(r => r.UnitId == unit.UnitId));
            var reports = phaseMonths.Sum(m => m.People.Count(r => r.UnitId == unit.UnitId));
            return new[]
            {
                unit.Name,
                members.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                members.Count(m => pledged.Contains(m.SignInName)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{sent}/{dueMonths}",
                reports.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        });
        yield return Table(["Phòng, đơn vị", "Số người", "Đã đăng ký", "Tháng đã gửi báo cáo", "Lượt báo cáo cá nhân"], unitRows, [3600, 1200, 1300, 1500, 1400]);

        yield return SubHeading("5. Người tốt việc tốt, điển hình tiên tiến");
        var deeds = phaseMonths.SelectMany(m => m.People
                .Where(r => r.Content.GoodDeed is not null && CampaignWorkbook.Decision(m, r.Subject, r.Content.GoodDeed!)?.Decision == GoodDeedDecision.Confirmed)
                .Select(r => (Month: m.Month, Report: r)))
            .ToList();
        if (deeds.Count == 0)
        {
            yield return Indented($"Chưa có việc tốt nào được thủ trưởng đơn vị xác nhận trong {(period.Final ? "năm" : "đợt")}.");
        }
        else
        {
            yield return Indented($"Các phòng, đơn vị đã xác nhận {deeds.Count} việc tốt:");
            foreach (var (month, report) in deeds.Take(MaxDeedsListed))
            {
                var deed = report.Content.GoodDeed!;
                var who = deed.ColleagueName ?? data.PersonName(report.Subject);
                yield return Indented($"- {who} ({CampaignWorkbook.UnitName(data, report.UnitId)}), tháng {month.Text}: {deed.Description}");
            }
            if (deeds.Count > MaxDeedsListed)
            {
                yield return Indented($"- … và {deeds.Count - MaxDeedsListed} việc tốt khác (xem trang “{CampaignWorkbook.DeedsSheet}” của tệp Excel).");
            }
        }
    }

    private static string Count(IEnumerable<ProgressAreaReport> lines, ProgressStatus status) =>
        lines.Count(l => l.Status == status).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Percent(int part, int whole) =>
        whole == 0 ? "0%" : (100.0 * part / whole).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + "%";

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>Issuing body and number on the left, the national motto on the right; no borders.</summary>
    private static Table Header(CampaignDefinition definition)
    {
        var suffix = definition.Plan.Number.Split("/KH-", 2) is [_, var code] && code.Length > 0 ? code : "HĐTĐKT";
        var left = new[]
        {
            Para(Run(definition.Plan.Issuer.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), bold: true, size: 26), JustificationValues.Center),
            Para(Run("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", bold: true, size: 24), JustificationValues.Center),
            Para(Run("_______", size: 26), JustificationValues.Center),
            Para(Run($"Số:       /BC-{suffix}", size: 26), JustificationValues.Center, before: 120),
        };
        var right = new[]
        {
            Para(Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 26), JustificationValues.Center),
            Para(Run("Độc lập - Tự do - Hạnh phúc", bold: true, size: 28), JustificationValues.Center),
            Para(Run("________________________", size: 26), JustificationValues.Center),
        };
        return BorderlessTable([left, right], [3800, 5600]);
    }

    private static Table Signature(CampaignDefinition definition)
    {
        var left = new List<Paragraph>
        {
            Para(Run("Nơi nhận:", bold: true, italic: true, size: 24), JustificationValues.Left, before: 240),
            Para(Run("- Hội đồng Thi đua - Khen thưởng cấp trên (b/c);", size: 22), JustificationValues.Left),
            Para(Run("- Lãnh đạo cơ quan;", size: 22), JustificationValues.Left),
            Para(Run("- Các phòng, đơn vị;", size: 22), JustificationValues.Left),
            Para(Run("- Lưu: VT, HĐTĐKT.", size: 22), JustificationValues.Left),
        };
        var right = new List<Paragraph>
        {
            Para(Run(definition.Plan.Signer.Title.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), bold: true), JustificationValues.Center, before: 240),
            Para(Run("(Ký, ghi rõ họ tên, đóng dấu)", italic: true, size: 24), JustificationValues.Center),
            Para(Run(""), JustificationValues.Center),
            Para(Run(""), JustificationValues.Center),
            Para(Run(""), JustificationValues.Center),
            Para(Run(definition.Plan.Signer.Name, bold: true), JustificationValues.Center),
        };
        return BorderlessTable([left, right], [4400, 5000]);
    }

    private static Table BorderlessTable(IReadOnlyList<IReadOnlyList<Paragraph>> columns, int[] widths)
    {
        var none = new TableBorders(
            new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
            new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
        var table = new Table(
            new TableProperties(new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }, none, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var row = new TableRow();
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
            cell.Append(columns[i].Count == 0 ? [Para(Run(""), JustificationValues.Left)] : columns[i]);
            row.Append(cell);
        }
        table.Append(row);
        return table;
    }

    private static Table Table(string[] headers, IEnumerable<string[]> rows, int[] widths)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(
            new TableProperties(new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }, border, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(headers, widths, header: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, widths, header: false));
        }
        return table;
    }

    private static TableRow Row(string[] values, int[] widths, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }
        for (var i = 0; i < widths.Length; i++)
        {
            var text = i < values.Length ? values[i] : "";
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                Para(Run(text, bold: header, size: 26), i == 0 && !header ? JustificationValues.Left : JustificationValues.Center)));
        }
        return row;
    }

    private static Paragraph Heading(string text) => Para(Run(text, bold: true), JustificationValues.Both, before: 120, indent: true);

    private static Paragraph SubHeading(string text) => Para(Run(text, bold: true), JustificationValues.Both, indent: true);

    private static Paragraph Indented(string text) => Para(Run(text), JustificationValues.Both, indent: true);

    private static Paragraph Para(Run run, JustificationValues justification, int before = 0, int after = 60, bool indent = false)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (indent)
        {
            properties.Append(new Indentation { FirstLine = "567" });
        }
        properties.Append(new Justification { Val = justification });
        return new Paragraph(properties, run);
    }

    private static Run Run(string text, bool bold = false, bool italic = false, int size = 28)
    {
        var properties = new RunProperties();
        if (bold) properties.Append(new Bold());
        if (italic) properties.Append(new Italic());
        properties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Run(properties, new Text(ExportText.ForCell(text)) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                new FontSize { Val = "28" },
                new FontSizeComplexScript { Val = "28" },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "60", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
}
