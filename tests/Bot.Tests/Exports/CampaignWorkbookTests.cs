using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ThiDuaBot.Bot.Features.Exports;

namespace ThiDuaBot.Bot.Tests.Exports;

/// <summary>The workbook built from a known small data set: valid for Excel, the right rows, safe with hostile text.</summary>
public sealed class CampaignWorkbookTests
{
    private static SpreadsheetDocument Open() => SpreadsheetDocument.Open(new MemoryStream(CampaignWorkbook.Build(ExportSamples.Data())), false);

    [Fact]
    public void The_workbook_has_no_validation_errors()
    {
        using var document = Open();
        Assert.Empty(OfficeFiles.Errors(document));
    }

    [Fact]
    public void It_has_the_five_sheets_in_order_each_with_a_styled_frozen_filtered_header()
    {
        using var document = Open();
        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal([CampaignWorkbook.PledgesSheet, CampaignWorkbook.PeopleSheet, CampaignWorkbook.UnitsSheet, CampaignWorkbook.UnitReportsSheet, CampaignWorkbook.DeedsSheet], names);
        foreach (var name in names)
        {
            var worksheet = OfficeFiles.Sheet(document, name!).Worksheet;
            var pane = worksheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
            var filter = worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value!;
            Assert.StartsWith("A1:", filter, StringComparison.Ordinal);
            var header = worksheet.Descendants<Row>().First();
            Assert.All(header.Elements<Cell>(), cell => Assert.Equal(2u, cell.StyleIndex!.Value));
            Assert.All(worksheet.Descendants<Column>(), column => Assert.InRange(column.Width!.Value, 8, 60));
        }
        Assert.Equal(5, document.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>().Count(d => d.Name == "_xlnm._FilterDatabase"));
    }

    [Fact]
    public void The_pledges_sheet_lists_each_pledge_with_Vietnamese_names_and_real_dates()
    {
        using var document = Open();
        var rows = OfficeFiles.Rows(document, CampaignWorkbook.PledgesSheet);

        Assert.Equal("Danh hiệu đăng ký", rows[0]["E"]);
        Assert.Equal(4, rows.Count);
        Assert.Equal(["Nguyễn Văn An", "Phạm Thị Lan", "Văn phòng Sở"], rows.Skip(1).Select(r => r["B"]));
        Assert.Equal(["Cá nhân", "Cá nhân", "Tập thể"], rows.Skip(1).Select(r => r["A"]));
        Assert.Equal("Lao động tiên tiến", rows[1]["E"]);
        Assert.Contains("Cải cách hành chính", rows[1]["F"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal("1", rows[1]["H"]);
        Assert.Equal("2", rows[1]["J"]);
        Assert.Equal("Tôi xin cam kết.", rows[1]["I"]); // the control character is dropped

        var updated = OfficeFiles.Cell(document, CampaignWorkbook.PledgesSheet, "L2");
        Assert.Null(updated.DataType);
        Assert.Equal(new DateTime(2013, 3, 25, 9, 30, 0), DateTime.FromOADate(double.Parse(updated.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var numberFormat = formats[(int)updated.StyleIndex!.Value].NumberFormatId!.Value;
        var code = document.WorkbookPart.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId! == numberFormat).FormatCode!.Value;
        Assert.StartsWith("dd/mm/yyyy", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_looks_like_a_formula_is_stored_as_text_never_as_a_formula()
    {
        using var document = Open();
        Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));

        var formats = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        foreach (var (sheet, reference, text) in new[]
        {
            (CampaignWorkbook.PledgesSheet, "G2", ExportSamples.Formula),
            (CampaignWorkbook.PledgesSheet, "I3", "+84 912 345 678"),
            (CampaignWorkbook.PledgesSheet, "I4", "-Cam kết của tập thể"),
            (CampaignWorkbook.UnitReportsSheet, "F3", "=1+1"),
        })
        {
            var cell = OfficeFiles.Cell(document, sheet, reference);
            Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
            Assert.Equal(text, cell.InlineString!.InnerText);
            Assert.True(formats[(int)cell.StyleIndex!.Value].QuotePrefix?.Value, $"{sheet}!{reference} keeps its quote prefix");
        }
        Assert.Contains("@SUM(A1:A9)", OfficeFiles.Cell(document, CampaignWorkbook.PeopleSheet, "M2").InlineString!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_longer_than_a_cell_holds_is_cut_to_Excels_limit_with_a_mark()
    {
        using var document = Open();
        var targets = OfficeFiles.Cell(document, CampaignWorkbook.PledgesSheet, "G3").InlineString!.InnerText;
        Assert.Equal(ExportText.MaxCellLength, targets.Length);
        Assert.EndsWith(ExportText.CutMark, targets, StringComparison.Ordinal);
        Assert.StartsWith("Rà soát thủ tục hành chính.", targets, StringComparison.Ordinal);
        Assert.All(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<InlineString>()),
            s => Assert.True(s.InnerText.Length <= ExportText.MaxCellLength));
    }

    [Fact]
    public void Person_progress_has_one_row_per_person_and_month_with_the_status_of_each_area()
    {
        using var document = Open();
        var rows = OfficeFiles.Rows(document, CampaignWorkbook.PeopleSheet);

        Assert.Equal("Cải cách hành chính", rows[0]["G"][..19]);
        Assert.Equal(4, rows.Count);
        Assert.Equal(["Nguyễn Văn An", "Phạm Thị Lan", "Nguyễn Văn An"], rows.Skip(1).Select(r => r["B"]));
        Assert.Equal("Hoàn thành", rows[1]["G"]);
        Assert.Equal("Gặp khó khăn", rows[1]["J"]);
        Assert.False(rows[1].ContainsKey("E")); // an area not in the report stays empty
        Assert.Equal("Đang thực hiện", rows[2]["G"]);
        Assert.Equal("Trần Thị Hoa: Nhặt được ví, trả lại người đánh rơi.", rows[1]["N"]);
    }

    [Fact]
    public void Unit_progress_counts_members_pledges_reports_late_and_statuses_per_month()
    {
        using var document = Open();
        var rows = OfficeFiles.Rows(document, CampaignWorkbook.UnitsSheet);
        var office = rows.Where(r => r.GetValueOrDefault("B") == "Văn phòng Sở").ToList();

        Assert.Equal(5, rows.Count); // header + 2 units × 2 months
        Assert.Equal(["3", "2", "2", "0", "1", "1", "0", "2", "Đã gửi (sửa đổi lần 1)"], new[] { "C", "D", "E", "F", "G", "H", "I", "J", "K" }.Select(c => office[0][c]));
        Assert.Equal(["3", "2", "1", "1", "Chưa gửi"], new[] { "C", "D", "E", "F", "K" }.Select(c => office[1][c]));
    }

    [Fact]
    public void Unit_reports_list_every_version_and_good_deeds_show_the_heads_decision()
    {
        using var document = Open();
        var reports = OfficeFiles.Rows(document, CampaignWorkbook.UnitReportsSheet);
        var deeds = OfficeFiles.Rows(document, CampaignWorkbook.DeedsSheet);

        Assert.Equal(["1", "2"], reports.Skip(1).Select(r => r["C"]));
        Assert.Equal("Bổ sung số liệu", reports[2]["G"]);
        Assert.Equal(3, deeds.Count);
        Assert.Equal(["Trần Thị Hoa", "Xác nhận", "Hoàng Văn Dũng"], new[] { "D", "F", "G" }.Select(c => deeds[1][c]));
        Assert.Equal(["Bản thân", "Chưa xem xét"], new[] { "D", "F" }.Select(c => deeds[2][c]));
    }

    [Fact]
    public void Clean_drops_what_XML_cannot_carry_and_cutting_never_splits_a_surrogate_pair()
    {
        Assert.Equal("ab\tc\nd", ExportText.Clean("a\u0000b\tc\r\nd\u001F"));
        Assert.Equal("x😀y", ExportText.Clean("x😀y\uD800"));
        var emoji = new string('a', 32_762) + "😀😀";
        var cut = ExportText.ForCell(emoji);
        Assert.True(cut.Length <= ExportText.MaxCellLength);
        Assert.False(char.IsHighSurrogate(cut[^(ExportText.CutMark.Length + 1)]));
    }
}
