using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDuaBot.Bot.Features.Exports;

namespace ThiDuaBot.Bot.Tests.Exports;

/// <summary>The Word report of a phase review: valid for Word, laid out as an administrative report, figures from the data.</summary>
public sealed class PhaseReportTests
{
    private static WordprocessingDocument Open(string phaseId = "dot-1")
    {
        var data = ExportSamples.Data();
        var phase = data.Campaign.Definition.Phases.Single(p => p.Id == phaseId);
        return WordprocessingDocument.Open(new MemoryStream(PhaseReport.Build(data, phase)), false);
    }

    private static List<string> Paragraphs(WordprocessingDocument document) =>
        [.. document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText)];

    [Theory]
    [InlineData("dot-1")]
    [InlineData("dot-2")]
    public void The_report_has_no_validation_errors(string phase)
    {
        using var document = Open(phase);
        Assert.Empty(OfficeFiles.Errors(document));
    }

    [Fact]
    public void It_reads_as_an_interim_review_report_with_header_sections_and_signature()
    {
        using var document = Open();
        var text = Paragraphs(document);

        Assert.Contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẮC GIANG", text);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
        Assert.Contains(text, p => p.StartsWith("Số:", StringComparison.Ordinal) && p.EndsWith("/BC-KHCN", StringComparison.Ordinal));
        Assert.Contains("Bắc Giang, ngày      tháng      năm 2013", text);
        Assert.Contains("BÁO CÁO", text);
        Assert.Contains(text, p => p.StartsWith("Sơ kết Đợt 1 phong trào thi đua kỷ niệm 65 năm", StringComparison.Ordinal));
        var order = new[] { "I. KẾT QUẢ ĐẠT ĐƯỢC", "II. ƯU ĐIỂM", "III. TỒN TẠI, HẠN CHẾ", "IV. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:", "GIÁM ĐỐC", "Nguyễn Đức Kiên" }
            .Select(h => text.IndexOf(h)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Contains(text, p => p.StartsWith("[Thư ký Hội đồng viết phần này", StringComparison.Ordinal));
    }

    [Fact]
    public void Section_I_holds_the_figures_of_the_data()
    {
        using var document = Open();
        var text = Paragraphs(document);

        Assert.Contains("Tổng số cán bộ, công chức, viên chức, lao động: 4 người; đã đăng ký thi đua: 2 người (50%).", text);
        Assert.Contains("Số phòng, đơn vị: 2; đã đăng ký thi đua tập thể: 1 đơn vị.", text);
        var titles = document.MainDocumentPart!.Document.Body!.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Contains(titles, r => r is ["Lao động tiên tiến", "Cá nhân", "1"]);
        Assert.Contains(titles, r => r is ["Tập thể lao động xuất sắc", "Tập thể", "1"]);
        // Each person's last report in the phase: An in April (done), Lan in March (in progress); both blocked on state management.
        Assert.Contains(titles, r => r.Count == 5 && r[0].StartsWith("3. Cải cách hành chính", StringComparison.Ordinal) && r.Skip(1).SequenceEqual(["1", "1", "0", "0"]));
        Assert.Contains(titles, r => r.Count == 5 && r[0].StartsWith("6. ", StringComparison.Ordinal) && r.Skip(1).SequenceEqual(["0", "0", "0", "2"]));
        Assert.Contains(titles, r => r is ["Văn phòng Sở", "3", "2", "1/3", "3"]);
        Assert.Contains("- Trần Thị Hoa (Văn phòng Sở), tháng 03/2013: Nhặt được ví, trả lại người đánh rơi.", text);
        Assert.DoesNotContain(text, p => p.Contains("Hiến máu", StringComparison.Ordinal)); // not confirmed by the head
    }

    [Fact]
    public void The_last_phase_gives_a_final_review_and_the_page_is_A4_in_Times_New_Roman()
    {
        using var document = Open("dot-2");
        Assert.Contains(Paragraphs(document), p => p.StartsWith("Tổng kết phong trào thi đua", StringComparison.Ordinal) && p.EndsWith("năm 2013", StringComparison.Ordinal));
        // The final review covers the whole year, as the council's tổng kết digest does: phase 1's deed is in it.
        Assert.Contains(Paragraphs(document), p => p.Contains("báo cáo tổng kết năm 2013 (từ 01/03/2013 đến 31/12/2013) như sau:", StringComparison.Ordinal));
        Assert.Contains("- Trần Thị Hoa (Văn phòng Sở), tháng 03/2013: Nhặt được ví, trả lại người đánh rơi.", Paragraphs(document));
        Assert.Contains(Paragraphs(document), p => p.StartsWith("Trên đây là báo cáo tổng kết năm 2013 của", StringComparison.Ordinal));
        var section = document.MainDocumentPart!.Document.Body!.GetFirstChild<SectionProperties>()!;
        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(16838u, section.GetFirstChild<PageSize>()!.Height!.Value);
        var fonts = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single();
        Assert.Equal("Times New Roman", fonts.Ascii!.Value);
        Assert.Equal("28", document.MainDocumentPart.StyleDefinitionsPart.Styles.DocDefaults.Descendants<FontSize>().Single().Val!.Value);
    }
}
