using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.TestSupport;
using ThiDuaBot.TestSupport.Cards;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Setup;

/// <summary>The secretary imports the roster of the running campaign from the admin card.</summary>
public sealed class RosterAdminTests : BotTestBase
{
    private const string SampleId = "ke-hoach-thi-dua-2013";
    private FakeGraph? _graph;

    protected override IReadOnlyDictionary<string, string?>? Settings => _graph is null
        ? new Dictionary<string, string?> { ["Setup:Secretaries:0"] = TeamsActivities.UserAadObjectId }
        : new Dictionary<string, string?>
        {
            ["Setup:Secretaries:0"] = TeamsActivities.UserAadObjectId,
            ["Roster:Graph:BaseUrl"] = _graph.BaseUrl,
            ["Roster:Graph:AuthorityHost"] = _graph.AuthorityHost,
            ["Roster:Graph:CouncilGroupId"] = FakeGraphDirectory.CouncilGroupId,
        };

    private async Task<JsonObject> ExecuteAsync(string verb, JsonObject? data = null)
    {
        var response = await SendAsync(TeamsActivities.CardExecute(Channel.ServiceUrl, verb, data ?? new JsonObject()));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(InvokeResponse.CardType, body["type"]!.GetValue<string>());
        return body["value"]!.AsObject();
    }

    private static string Text(JsonObject card) => card.ToJsonString(ProtocolJson.Options);

    private static string SampleCsv() => File.ReadAllText(RepositoryRoot.Combine("samples", "roster", "so-khcn-bac-giang.csv"));

    private Task<IReadOnlyList<Person>> PeopleAsync() => Service<RosterStore>().ListPeopleAsync(BotApplication.TenantId, SampleId, CancellationToken.None);

    [Fact]
    public async Task Pasting_the_sample_roster_imports_everyone_and_a_second_paste_changes_nothing()
    {
        await ExecuteAsync(AdminCard.LoadSampleVerb);

        var card = await ExecuteAsync(AdminCard.ImportCsvVerb, new JsonObject { [AdminCard.CsvTextInput] = SampleCsv() });

        CardAssert.Valid(card);
        Assert.Contains("Đã nhập danh sách: thêm 41 người", Text(card));
        Assert.Contains("41 người", Text(card)); // the roster line of the admin card
        var people = await PeopleAsync();
        Assert.Equal(41, people.Count);
        Assert.Contains(people, p => p.Has(Role.CouncilSecretary));
        Assert.Contains(people, p => p.Has(Role.UnitHead) && p.UnitId is not null);

        var again = await ExecuteAsync(AdminCard.ImportCsvVerb, new JsonObject { [AdminCard.CsvTextInput] = SampleCsv() });
        Assert.Contains(Strings.Vi.RosterNothingChanged, Text(again));
    }

    [Fact]
    public async Task A_bad_row_is_listed_with_its_line_and_the_good_rows_are_imported()
    {
        await ExecuteAsync(AdminCard.LoadSampleVerb);
        var csv = "Họ và tên,Email,Đơn vị\nNguyễn Văn An,an@sokhcn.bacgiang.example,Văn phòng Sở\nKhông Có Thư,không-phải-email,Văn phòng Sở\n";

        var card = await ExecuteAsync(AdminCard.ImportCsvVerb, new JsonObject { [AdminCard.CsvTextInput] = csv });

        Assert.Contains(Strings.Vi.RosterRejectedHeading, Text(card));
        Assert.Contains("Dòng 3:", Text(card));
        Assert.Equal(["an@sokhcn.bacgiang.example"], (await PeopleAsync()).Select(p => p.SignInName));
    }

    [Fact]
    public async Task A_file_without_the_needed_columns_is_refused_and_nothing_changes()
    {
        await ExecuteAsync(AdminCard.LoadSampleVerb);

        var card = await ExecuteAsync(AdminCard.ImportCsvVerb, new JsonObject { [AdminCard.CsvTextInput] = "foo,bar\n1,2\n" });

        Assert.Contains(Strings.Vi.RosterRefused, Text(card));
        Assert.Empty(await PeopleAsync());
        Assert.Equal("foo,bar\n1,2\n", FindValue(card, AdminCard.CsvTextInput));
    }

    [Fact]
    public async Task Import_before_any_campaign_says_to_load_one_first()
    {
        var card = await ExecuteAsync(AdminCard.ImportCsvVerb, new JsonObject { [AdminCard.CsvTextInput] = SampleCsv() });

        Assert.Contains(Strings.Vi.NoActiveCampaign, Text(card));
    }

    [Fact]
    public async Task Graph_import_from_the_admin_card_reads_microsoft_365_with_the_bots_credentials()
    {
        _graph = await FakeGraph.StartAsync(certificate: Channel.Certificate);
        await Bot.DisposeAsync();
        Bot = new BotApplication(Channel, StorageConnectionString, ThiDuaBot.TestSupport.Azurite.AzuriteServer.NewTablePrefix(), Settings);
        await ExecuteAsync(AdminCard.LoadSampleVerb);

        var card = await ExecuteAsync(AdminCard.ImportGraphVerb);

        Assert.Contains("Đã nhập danh sách: thêm 28 người", Text(card));
        Assert.Equal(28, (await PeopleAsync()).Count);
        Assert.Equal(BotApplication.AppId, Assert.Single(_graph.TokenRequests)["client_id"]);
        await _graph.DisposeAsync();
    }

    private static string? FindValue(JsonNode node, string id) => node switch
    {
        JsonObject o when o["id"] is JsonValue v && v.GetValue<string>() == id => o["value"]?.GetValue<string>(),
        JsonObject o => o.Select(p => p.Value is null ? null : FindValue(p.Value, id)).FirstOrDefault(x => x is not null),
        JsonArray a => a.Select(x => x is null ? null : FindValue(x, id)).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
