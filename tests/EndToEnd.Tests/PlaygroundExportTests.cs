using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using ThiDuaBot.Cards;
using ThiDuaBot.TestSupport;
using ThiDuaBot.TestSupport.Playground;
using Xunit.Abstractions;

namespace ThiDuaBot.EndToEnd.Tests;

/// <summary>
/// The export in the real Playground, set up as <c>scripts/run.sh --today 2027-03-10</c> sets it up: the Playground's
/// user is the council secretary; <c>xuất báo cáo</c> answers with a card whose button opens a link the bot serves,
/// and that link downloads the workbook; <c>tổng hợp đăng ký</c> answers with the pledge round digest, whose chart
/// picture the bot serves at the address the Playground reached it at.
/// </summary>
public sealed class PlaygroundExportTests(ITestOutputHelper output) : PlaygroundTestBase(output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    protected override IReadOnlyDictionary<string, string?> BotSettings
    {
        get
        {
            var yml = File.ReadAllText(RepositoryRoot.Combine("playground", ".m365agentsplayground.yml"));
            string Yml(string pattern) => Regex.Match(yml, pattern, RegexOptions.Multiline).Groups[1].Value;
            return new Dictionary<string, string?>
            {
                ["SampleData:TenantId"] = Yml(@"^tenantId:\s*(\S+)"),
                ["SampleData:RosterCsv"] = RepositoryRoot.Combine("samples", "roster", "so-khcn-bac-giang.csv"),
                ["SampleData:CurrentDates"] = "true",
                ["SampleData:Today"] = "2027-03-10",
                ["Setup:Secretaries:0"] = Yml(@"^currentUser:(?:\n\s+.*)*?\n\s+userPrincipleName:\s*(\S+)"),
            };
        }
    }

    [Fact]
    public async Task The_secretary_asks_for_the_workbook_and_the_cards_link_downloads_it()
    {
        var chat = PersonalChat;
        await Playground.FireInstallationAsync(chat);

        await Playground.SendMessageAsync(chat, "xuất báo cáo");
        var records = await Playground.Recording.WaitForAsync(all => all.Any(r => IsCardFromBot(r, Strings.En.ExportWorkbookTitle)), Timeout, "the export card");
        var card = JsonNode.Parse(records.Last(r => IsCardFromBot(r, Strings.En.ExportWorkbookTitle)).Activity.GetProperty("attachments")[0].GetProperty("content").GetRawText())!;
        var url = card["actions"]![0]!["url"]!.GetValue<string>();

        using var http = new HttpClient();
        using var response = await http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Thi đua 2027.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Equal(5, document.WorkbookPart!.WorksheetParts.Count());
    }

    [Fact]
    public async Task The_secretary_asks_for_the_pledge_round_digest_and_its_chart_picture_is_served()
    {
        var chat = PersonalChat;
        await Playground.FireInstallationAsync(chat);

        await Playground.SendMessageAsync(chat, "tổng hợp đăng ký");
        var records = await Playground.Recording.WaitForAsync(all => all.Any(r => IsCardFromBot(r, Strings.En.PledgeDigestTitle)), Timeout, "the pledge round digest");
        var card = JsonNode.Parse(records.Last(r => IsCardFromBot(r, Strings.En.PledgeDigestTitle)).Activity.GetProperty("attachments")[0].GetProperty("content").GetRawText())!;
        var chart = card["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == DigestChart.Type)!;
        Assert.NotEmpty(chart["data"]!.AsArray());
        var picture = chart["fallback"]!["url"]!.GetValue<string>();

        using var http = new HttpClient();
        using var response = await http.GetAsync(picture);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
    }
}
