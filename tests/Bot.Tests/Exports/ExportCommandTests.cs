using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using ThiDuaBot.Bot.Features.Exports;
using ThiDuaBot.Bot.Tests.Progress;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ThiDuaBot.Bot.Tests.Exports;

/// <summary>
/// <c>xuất báo cáo</c> through <c>/api/messages</c> and the download through <c>/exports/{token}</c>: who may ask, what
/// bad requests get, and what a changed, expired or repeated link does.
/// </summary>
public sealed class ExportCommandTests : ProgressTestBase
{
    private static readonly TestPerson Hanh = new("hanhnt@sokhcn.example", "Nguyễn Thị Hạnh", "aad-hanh", Office, Role.Staff | Role.Leadership);
    private static readonly TestPerson Minh = new("minhlv@sokhcn.example", "Lê Văn Minh", "aad-minh", Science, Role.Staff | Role.CouncilMember);
    private static readonly TestPerson Thu = new("thuvt@sokhcn.example", "Vũ Thị Thu", "aad-thu", Office, Role.Staff | Role.CouncilSecretary);

    private async Task SeedExportAsync()
    {
        await SeedWithPledgesAsync(An, Lan);
        _ = await ClickAsync(await OpenReportAsync(An), ProgressCard.SubmitVerb, Inputs(admin: "done", adminText: "=cmd|' /C calc'!A0"), An.Aad);
        await Service<RosterStore>().ApplyAsync(BotApplication.TenantId, CampaignId, new RosterChanges([Hanh.ToPerson(), Minh.ToPerson(), Thu.ToPerson()], []), CancellationToken.None);
    }

    private async Task<string> LinkAsync(string text, TestPerson person, string locale = "vi-VN")
    {
        var card = Assert.Single(await SayAsync(text, person.Aad, locale));
        return new Uri(card["actions"]![0]!["url"]!.GetValue<string>()).PathAndQuery;
    }

    private Task<HttpResponseMessage> DownloadAsync(string path) => Bot.CreateClient().GetAsync(path);

    [Fact]
    public async Task Leadership_gets_a_link_that_downloads_the_workbook_with_its_UTF8_name()
    {
        await SeedExportAsync();

        var card = Assert.Single(await SayAsync("xuất báo cáo", Hanh.Aad));
        var path = new Uri(card["actions"]![0]!["url"]!.GetValue<string>()).PathAndQuery;
        using var response = await DownloadAsync(path);

        Assert.Equal(Strings.Vi.ExportWorkbookTitle, card["body"]![0]!["text"]!.GetValue<string>());
        Assert.StartsWith(ExportLinks.PathPrefix, path, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CampaignWorkbook.ContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Thi đua 2013.xlsx", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(OfficeFiles.Errors(document));
        var pledges = OfficeFiles.Rows(document, CampaignWorkbook.PledgesSheet);
        Assert.Equal(["Nguyễn Văn An", "Phạm Thị Lan"], pledges.Skip(1).Select(r => r["B"]).Order(StringComparer.Ordinal));
        var progress = OfficeFiles.Rows(document, CampaignWorkbook.PeopleSheet);
        var an = Assert.Single(progress, r => r.GetValueOrDefault("B") == "Nguyễn Văn An");
        Assert.Equal("Hoàn thành", an["G"]);
        Assert.Contains("=cmd|' /C calc'!A0", an["M"], StringComparison.Ordinal);
        Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.CellFormula>()));
    }

    [Fact]
    public async Task Council_members_and_the_secretary_may_export_a_month_range_and_the_phase_report()
    {
        await SeedExportAsync();

        var range = await LinkAsync("xuat bao cao excel 03/2013", Minh);
        var word = Assert.Single(await SayAsync("export word", Thu.Aad, "en-US"));
        var wordPath = new Uri(word["actions"]![0]!["url"]!.GetValue<string>()).PathAndQuery;
        using var rangeResponse = await DownloadAsync(range);
        using var wordResponse = await DownloadAsync(wordPath);

        Assert.Equal("Thi đua 03-2013.xlsx", rangeResponse.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(Strings.En.ExportReportTitle, word["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, wordResponse.StatusCode);
        Assert.Equal(PhaseReport.ContentType, wordResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Báo cáo sơ kết Đợt 1 2013.docx", wordResponse.Content.Headers.ContentDisposition!.FileNameStar);
        using var document = WordprocessingDocument.Open(new MemoryStream(await wordResponse.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(OfficeFiles.Errors(document));
        Assert.Contains(document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>(),
            p => p.InnerText.StartsWith("Tổng số cán bộ, công chức, viên chức, lao động: 7 người; đã đăng ký thi đua: 2 người", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Staff_and_unit_heads_are_refused_in_their_language_and_nothing_is_stored()
    {
        await SeedExportAsync();
        var rows = await CountStoredRowsAsync();

        var vi = await SayAsync("xuất báo cáo", An.Aad);
        var viText = RepliedTexts();
        var en = await SayAsync("export", Dung.Aad, "en-US");
        var enText = RepliedTexts();
        var stranger = await SayAsync("export", StrangerAad);
        var strangerText = RepliedTexts();

        Assert.Empty(vi);
        Assert.Empty(en);
        Assert.Empty(stranger);
        Assert.Equal([Caller(Strings.Vi)], viText);
        Assert.Equal([Caller(Strings.En)], enText);
        Assert.Equal([Caller(Strings.Vi)], strangerText);
        Assert.Equal(rows, await CountStoredRowsAsync());

        static string Caller(Strings s) => Features.Roles.Caller.Refusal(s, ExportCommand.Allowed);
    }

    [Fact]
    public async Task Without_a_campaign_or_in_a_channel_the_answer_says_why()
    {
        await SayAsync("xuất báo cáo", Hanh.Aad);
        var noCampaign = RepliedTexts();

        await SeedExportAsync();
        Channel.ClearRecordings();
        var activity = TeamsActivities.ChannelMessageWithMention(Channel.ServiceUrl, "xuất báo cáo");
        activity["from"]!["aadObjectId"] = Hanh.Aad;
        (await SendAsync(activity)).EnsureSuccessStatusCode();

        Assert.Equal([Strings.Vi.ExportNoCampaign], noCampaign);
        Assert.Equal([Strings.Vi.ExportOnlyPersonalChat], RepliedTexts());
    }

    [Theory]
    [InlineData("xuất báo cáo pdf", "unknown")]
    [InlineData("xuất báo cáo excel 06/2013 - 03/2013", "bad")]
    [InlineData("xuất báo cáo excel tháng ba", "bad")]
    [InlineData("xuất báo cáo excel 01/2013", "outside")]
    [InlineData("xuất báo cáo excel 05/2013 đến 06/2013", "outside")]
    [InlineData("xuất báo cáo word đợt 3", "phase")]
    public async Task Requests_that_make_no_sense_get_a_clear_answer_and_no_link(string text, string kind)
    {
        await SeedExportAsync();
        var rows = await CountStoredRowsAsync();

        var cards = await SayAsync(text, Hanh.Aad);
        var reply = Assert.Single(RepliedTexts());

        Assert.Empty(cards);
        var expected = kind switch
        {
            "unknown" => string.Format(Strings.Vi.ExportUnknownFormat, "pdf"),
            "bad" => string.Format(Strings.Vi.ExportBadMonths, text["xuất báo cáo ".Length..]),
            "outside" => string.Format(Strings.Vi.ExportMonthsOutsideCampaign, text["xuất báo cáo ".Length..], "03/2013", "12/2013"),
            _ => string.Format(Strings.Vi.ExportUnknownPhase, "word đợt 3", "1 (Đợt 1), 2 (Đợt 2)"),
        };
        Assert.Equal(expected, reply);
        Assert.Equal(rows, await CountStoredRowsAsync());
    }

    [Fact]
    public async Task A_changed_or_made_up_link_is_404_and_an_expired_one_403_with_nothing_about_the_campaign()
    {
        await SeedExportAsync();
        var path = await LinkAsync("xuất báo cáo", Hanh);
        var token = path[ExportLinks.PathPrefix.Length..];
        var (payload, signature) = (token.Split('.')[0], token.Split('.')[1]);
        var other = (await LinkAsync("xuất báo cáo word", Hanh))[ExportLinks.PathPrefix.Length..];

        string Flip(string s, int i) => s[..i] + (s[i] == 'A' ? 'B' : 'A') + s[(i + 1)..];
        var forged = new[]
        {
            Flip(payload, 10) + "." + signature,
            payload + "." + Flip(signature, 5),
            payload + "." + other.Split('.')[1],
            payload,
            "abc.def",
            payload + "." + signature + ".x",
            new string('A', 5000),
        };
        foreach (var bad in forged)
        {
            using var response = await DownloadAsync(ExportLinks.PathPrefix + Uri.EscapeDataString(bad));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("", await response.Content.ReadAsStringAsync());
        }

        Clock.Advance(TimeSpan.FromHours(23));
        using (var stillValid = await DownloadAsync(path))
        {
            Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        }
        Clock.Advance(TimeSpan.FromHours(1));
        using var expired = await DownloadAsync(path);
        var body = await expired.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal(ExportEndpoint.ExpiredText, body);
        Assert.DoesNotContain(CampaignId, body, StringComparison.Ordinal);
        Assert.Null(expired.Content.Headers.ContentDisposition);
    }

    [Fact]
    public async Task Asking_twice_gives_two_working_links_and_stores_nothing_but_the_link_key()
    {
        await SeedExportAsync();
        var before = await CountStoredRowsAsync();

        var first = await LinkAsync("xuất báo cáo", Hanh);
        var afterFirst = await CountStoredRowsAsync();
        var second = await LinkAsync("xuất báo cáo", Hanh);
        using var one = await DownloadAsync(first);
        using var two = await DownloadAsync(second);

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, two.StatusCode);
        Assert.Equal(before + 1, afterFirst);
        Assert.Equal(afterFirst, await CountStoredRowsAsync());
    }

    [Fact]
    public async Task A_link_made_by_one_instance_works_on_another_sharing_the_storage()
    {
        await SeedExportAsync();
        var path = await LinkAsync("xuất báo cáo", Hanh);

        var other = CreateInstanceOnSameStorage(new Dictionary<string, string?>(), services => services.AddSingleton<TimeProvider>(Clock));
        using var response = await other.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Someone_who_lost_the_role_after_asking_cannot_download_any_more()
    {
        await SeedExportAsync();
        var path = await LinkAsync("xuất báo cáo", Hanh);

        await Service<RosterStore>().ApplyAsync(BotApplication.TenantId, CampaignId, new RosterChanges([Hanh.ToPerson() with { Roles = Role.Staff }], []), CancellationToken.None);
        using var response = await DownloadAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_secretary_named_in_configuration_but_not_on_the_roster_can_export()
    {
        await SeedExportAsync();
        var configured = CreateInstanceOnSameStorage(new Dictionary<string, string?> { ["Setup:Secretaries:0"] = "aad-configured" }, services => services.AddSingleton<TimeProvider>(Clock));
        Channel.ClearRecordings();
        var activity = TeamsActivities.PersonalMessage(Channel.ServiceUrl, "xuất báo cáo word 2");
        activity["from"]!["aadObjectId"] = "aad-configured";

        (await configured.PostActivityAsync(activity, configured.ValidToken())).EnsureSuccessStatusCode();
        var card = SentActivities().Select(sent => sent.BodyObject?["attachments"]?[0]?["content"]).OfType<JsonObject>().Single();
        using var response = await configured.CreateClient().GetAsync(new Uri(card["actions"]![0]!["url"]!.GetValue<string>()).PathAndQuery);
        using var elsewhere = await DownloadAsync(new Uri(card["actions"]![0]!["url"]!.GetValue<string>()).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Báo cáo tổng kết Đợt 2 2013.docx", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode); // an instance without that configuration does not know them
    }

    [Fact]
    public void Links_signed_with_a_configured_key_fail_with_another_key()
    {
        var key = Convert.ToBase64String(new byte[32]);
        Assert.Empty(new ExportOptionsValidator().Validate(null, new ExportOptions { LinkSigningKey = key }).Failures ?? []);
        Assert.NotEmpty(new ExportOptionsValidator().Validate(null, new ExportOptions { LinkSigningKey = "c2hvcnQ=" }).Failures!);
        Assert.NotEmpty(new ExportOptionsValidator().Validate(null, new ExportOptions { LinkLifetime = TimeSpan.FromDays(30) }).Failures!);
    }
}
