using System.Text;
using ThiDuaBot.Bot.Features.Roster;

namespace ThiDuaBot.Bot.Tests.Roster;

public sealed class CsvRosterReaderTests
{
    private static CsvRosterReadResult Read(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return CsvRosterReader.Read(bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
    }

    private static IReadOnlyList<RosterRow> Rows(string text, bool bom = false)
    {
        var result = Read(text, bom);
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Rows;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Vietnamese_header_with_or_without_byte_order_mark(bool bom)
    {
        var rows = Rows(
            "Họ và tên,Email,Đơn vị,Chức vụ,Vai trò\r\n" +
            "Hoàng Văn Dũng,dunghv@sokhcn.bacgiang.example,Văn phòng Sở,Chánh Văn phòng,thủ trưởng đơn vị\r\n" +
            "Phạm Thị Lan,lanpt@sokhcn.bacgiang.example,Văn phòng Sở,Phó Chánh Văn phòng,\r\n", bom);

        Assert.Equal(2, rows.Count);
        Assert.Equal(new RosterRow
        {
            Line = 2,
            SignInName = "dunghv@sokhcn.bacgiang.example",
            DisplayName = "Hoàng Văn Dũng",
            Email = "dunghv@sokhcn.bacgiang.example",
            UnitName = "Văn phòng Sở",
            JobTitle = "Chánh Văn phòng",
            Roles = "thủ trưởng đơn vị",
            Source = "csv",
        }, rows[0]);
        Assert.Null(rows[1].Roles);
        Assert.Equal(3, rows[1].Line);
    }

    [Fact]
    public void English_header_in_another_order_with_a_separate_sign_in_column_and_extra_columns_ignored()
    {
        var rows = Rows(
            "No.,Unit,UPN,E-mail,Name,Job title,Roles,AAD object id,Phone\n" +
            "1,Thanh tra Sở,cuongvv@sokhcn.bacgiang.example,vuong.cuong@mail.example,Vương Văn Cường,Chánh Thanh tra,unit head|council member,5a0c3e1f-8b2d-4c6a-9e7f-1d2b3c4a5e6f,0204 000 000\n");

        var row = Assert.Single(rows);
        Assert.Equal("cuongvv@sokhcn.bacgiang.example", row.SignInName);
        Assert.Equal("vuong.cuong@mail.example", row.Email);
        Assert.Equal("Vương Văn Cường", row.DisplayName);
        Assert.Equal("Thanh tra Sở", row.UnitName);
        Assert.Equal("unit head|council member", row.Roles);
        Assert.Equal("5a0c3e1f-8b2d-4c6a-9e7f-1d2b3c4a5e6f", row.AadObjectId);
    }

    [Fact]
    public void Semicolons_as_excel_in_vietnam_writes_them_with_commas_inside_fields()
    {
        var rows = Rows(
            "STT;Họ và tên;Tên đăng nhập;Phòng, đơn vị;Vai trò\n" +
            "1;Đặng Văn Hải;haidv@sokhcn.bacgiang.example;Phòng Kế hoạch, Tài chính;trưởng phòng, hội đồng\n");

        var row = Assert.Single(rows);
        Assert.Equal("Phòng Kế hoạch, Tài chính", row.UnitName);
        Assert.Equal("trưởng phòng, hội đồng", row.Roles);
        Assert.Null(row.Email);
    }

    [Fact]
    public void Excel_sep_line_names_the_separator()
    {
        var rows = Rows("sep=|\nHọ và tên|Email|Đơn vị\nA|a@x.example|Văn phòng Sở\n");

        Assert.Equal(("A", "a@x.example", 3), (rows[0].DisplayName, rows[0].SignInName, rows[0].Line));
    }

    [Fact]
    public void Quoted_fields_hold_separators_doubled_quotes_and_line_breaks_and_line_numbers_follow_the_file()
    {
        var rows = Rows(
            "Họ và tên,Email,Đơn vị,Chức vụ,Vai trò\n" +
            "\"Nguyễn Thị \"\"Hương\"\"\",huongntt@sokhcn.bacgiang.example,\"Phòng Kế hoạch - Tài chính\",\"Phó Trưởng phòng,\nphụ trách kế toán\",\"cán bộ, hội đồng\"\r\n" +
            "Trịnh Thị Yến,yentt@sokhcn.bacgiang.example,Phòng Kế hoạch - Tài chính,Kế toán,\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal("Nguyễn Thị \"Hương\"", rows[0].DisplayName);
        Assert.Equal("Phó Trưởng phòng,\nphụ trách kế toán", rows[0].JobTitle);
        Assert.Equal("cán bộ, hội đồng", rows[0].Roles);
        Assert.Equal(2, rows[0].Line);
        Assert.Equal(4, rows[1].Line);
    }

    [Fact]
    public void Title_lines_before_the_header_blank_lines_and_empty_rows_are_skipped()
    {
        var rows = Rows(
            "DANH SÁCH CÁN BỘ, CÔNG CHỨC SỞ KHOA HỌC VÀ CÔNG NGHỆ,,\n" +
            ",,\n" +
            "Họ đệm,Tên,Email,Đơn vị\n" +
            "\n" +
            "Lương Văn,Thắng,thanglv@sokhcn.bacgiang.example,Phòng Kế hoạch - Tài chính\n" +
            ",,,\n");

        var row = Assert.Single(rows);
        Assert.Equal(("Lương Văn Thắng", 5), (row.DisplayName, row.Line));
    }

    [Fact]
    public void Rows_go_to_the_planner_as_written_so_a_bad_row_is_rejected_there_and_the_good_ones_are_taken()
    {
        var rows = Rows(
            "Họ và tên,Email,Đơn vị,Vai trò\n" +
            "A,a@x.example,Văn phòng Sở,\n" +
            ",b@x.example,Văn phòng Sở,\n" +
            "C,c@x.example,Văn phòng Sở,chủ nhiệm\n" +
            "D,,Văn phòng Sở,\n" +
            "E,e@x.example,Văn phòng Sở,lãnh đạo\n");

        var plan = RosterImportPlanner.Plan([], [], rows, [], DateTimeOffset.UnixEpoch);

        Assert.Equal(["a@x.example", "e@x.example"], plan.Report.Added.Select(a => a.SignInName));
        Assert.Equal([(3, "missing-name"), (4, "unknown-role"), (5, "missing-sign-in")], plan.Report.Rejected.Select(r => (r.Line, r.Problem.Code)));
    }

    [Fact]
    public void A_missing_required_column_is_one_error_naming_it_and_the_accepted_names()
    {
        var result = Read("Họ và tên,Email,Chức vụ\nA,a@x.example,Chuyên viên\n");

        Assert.False(result.Succeeded);
        Assert.Empty(result.Rows);
        Assert.Equal("missing-column", result.Error!.Code);
        Assert.Contains("“Đơn vị”", result.Error.Vi);
        Assert.Contains("Phòng ban", result.Error.Vi);
        Assert.Contains("“Unit”", result.Error.En);
        Assert.Contains("Department", result.Error.En);
        Assert.Contains("line 1", result.Error.En);
    }

    [Fact]
    public void A_file_without_any_recognisable_header_names_every_missing_column()
    {
        var result = Read("Nguyễn Văn A;a@x.example;Văn phòng Sở\n");

        Assert.Equal("missing-column", result.Error?.Code);
        Assert.Contains("“Họ và tên”", result.Error!.Vi);
        Assert.Contains("Tên đăng nhập", result.Error.Vi);
        Assert.Contains("“Đơn vị”", result.Error.Vi);
    }

    [Fact]
    public void Two_columns_meaning_the_same_are_refused()
    {
        var result = Read("Họ và tên,Email,E-mail,Đơn vị\nA,a@x.example,b@x.example,Văn phòng Sở\n");

        Assert.Equal("duplicate-column", result.Error?.Code);
        Assert.Contains("“Email” và “E-mail”", result.Error!.Vi);
    }

    [Fact]
    public void A_file_saved_in_a_legacy_vietnamese_code_page_is_refused_naming_the_line()
    {
        var header = Encoding.UTF8.GetBytes("Họ và tên,Email,Đơn vị\nAn,an@x.example,Van phong\n");
        // "Nguyễn" as Windows-1258 writes it: 0xD0 ... bytes that are not UTF-8.
        byte[] legacy = [0x4E, 0x67, 0x75, 0x79, 0xEA, 0xDE, 0x6E, 0x2C, 0x6E, 0x40, 0x78, 0x2E, 0x65, 0x78, 0x61, 0x6D, 0x70, 0x6C, 0x65, 0x2C, 0x56, 0x0A];

        var result = CsvRosterReader.Read([.. header, .. legacy]);

        Assert.Equal("not-utf8", result.Error?.Code);
        Assert.Contains("dòng 3", result.Error!.Vi);
        Assert.Contains("CSV UTF-8", result.Error.En);
    }

    [Fact]
    public void Utf16_text_and_excel_workbooks_are_refused_with_what_to_do()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Họ và tên\tEmail\tĐơn vị\n")).ToArray();
        var utf16NoBom = Encoding.Unicode.GetBytes("Họ và tên,Email,Đơn vị\n");
        byte[] xlsx = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00];

        Assert.Equal("utf16", CsvRosterReader.Read(utf16).Error?.Code);
        Assert.Equal("utf16", CsvRosterReader.Read(utf16NoBom).Error?.Code);
        Assert.Equal("excel-workbook", CsvRosterReader.Read(xlsx).Error?.Code);
        Assert.Equal("empty-file", CsvRosterReader.Read([]).Error?.Code);
        Assert.Equal("empty-file", CsvRosterReader.Read([0xEF, 0xBB, 0xBF]).Error?.Code);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_at_the_line_where_it_opened()
    {
        var result = Read("Họ và tên,Email,Đơn vị\nA,a@x.example,Văn phòng Sở\n\"B,b@x.example,Văn phòng Sở\nC,c@x.example,Văn phòng Sở\n");

        Assert.Equal("unclosed-quote", result.Error?.Code);
        Assert.Contains("line 3", result.Error!.En);
    }

    [Fact]
    public async Task A_file_over_two_megabytes_is_refused_without_reading_it_all()
    {
        var header = "Họ và tên,Email,Đơn vị,Ghi chú\n";
        var filler = new StringBuilder(header);
        for (var i = 0; filler.Length < CsvRosterReader.MaxBytes + 10; i++)
        {
            filler.Append($"Người {i},u{i}@x.example,Văn phòng Sở,{new string('x', 200)}\n");
        }
        var bytes = Encoding.UTF8.GetBytes(filler.ToString());
        using var stream = new CountingStream(bytes);

        var result = await CsvRosterReader.ReadAsync(stream, CancellationToken.None);

        Assert.Equal("file-too-large", result.Error?.Code);
        Assert.Contains("2 MB", result.Error!.Vi);
        Assert.True(stream.BytesRead <= CsvRosterReader.MaxBytes + 1, $"read {stream.BytesRead} bytes");
        Assert.Equal("file-too-large", CsvRosterReader.Read(bytes).Error?.Code);
    }

    [Fact]
    public async Task Exactly_the_row_limit_is_read_and_one_row_more_is_refused()
    {
        string File(int rows)
        {
            var text = new StringBuilder("Họ và tên;Email;Đơn vị\n");
            for (var i = 0; i < rows; i++)
            {
                text.Append("N").Append(i).Append(";u").Append(i).Append("@x.example;P\n");
            }
            return text.ToString();
        }

        var atLimit = await CsvRosterReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(File(CsvRosterReader.MaxRows))), CancellationToken.None);
        var overLimit = Read(File(CsvRosterReader.MaxRows + 1));

        Assert.True(atLimit.Succeeded);
        Assert.Equal(CsvRosterReader.MaxRows, atLimit.Rows.Count);
        Assert.Equal("too-many-rows", overLimit.Error?.Code);
        Assert.Contains("20.000", overLimit.Error!.Vi);
        Assert.Contains("20,000", overLimit.Error.En);
    }

    [Fact]
    public void The_sample_roster_reads_and_imports_with_no_rejected_row()
    {
        var path = TestSupport.RepositoryRoot.Combine("samples", "roster", "so-khcn-bac-giang.csv");

        var result = CsvRosterReader.Read(File.ReadAllBytes(path));
        Assert.True(result.Succeeded, result.Error?.ToString());
        var plan = RosterImportPlanner.Plan([], [], result.Rows, [], DateTimeOffset.UnixEpoch);

        Assert.Empty(plan.Report.Rejected);
        Assert.InRange(plan.Report.Added.Count, 35, 45);
        Assert.Equal(7, plan.Report.UnitsAdded.Count);
        var people = plan.Changes.People;
        Assert.Equal(7, people.Count(p => p.Has(Storage.Roster.Role.UnitHead)));
        Assert.All(plan.Report.UnitsAdded, u => Assert.Single(people, p => p.UnitId == u.UnitId && p.Has(Storage.Roster.Role.UnitHead)));
        Assert.Equal(3, people.Count(p => p.Has(Storage.Roster.Role.Leadership)));
        Assert.InRange(people.Count(p => p.Has(Storage.Roster.Role.CouncilMember)), 5, 7);
        Assert.Single(people, p => p.Has(Storage.Roster.Role.CouncilSecretary));
        Assert.All(people, p => Assert.EndsWith("@sokhcn.bacgiang.example", p.SignInName));
    }

    /// <summary>A non-seekable stream that counts what was read from it.</summary>
    private sealed class CountingStream(byte[] content) : Stream
    {
        private int _position;

        public int BytesRead => _position;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 64 * 1024), content.Length - _position);
            Array.Copy(content, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
