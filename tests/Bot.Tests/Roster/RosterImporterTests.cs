using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaBot.Bot.Features.Roster;
using ThiDuaBot.Storage;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.TestSupport;
using ThiDuaBot.TestSupport.Azurite;
using ThiDuaBot.TestSupport.Fakes;

namespace ThiDuaBot.Bot.Tests.Roster;

/// <summary>Imports end to end: CSV file or fake Graph → <see cref="RosterImporter"/> → tables on Azurite → <see cref="RosterStore"/> reads.</summary>
public sealed class RosterImporterTests : IAsyncLifetime
{
    private const string Campaign = "td-2013";
    private static readonly DateTimeOffset T0 = new(2013, 3, 5, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T1 = new(2013, 7, 1, 2, 0, 0, TimeSpan.Zero);
    private const string Secretary = "nhungdth@sokhcn.bacgiang.example";

    private Tables _tables = null!;
    private string _prefix = null!;
    private string _connectionString = null!;
    private FakeGraph _graph = null!;
    private ServiceProvider _services = null!;

    private RosterImporter Importer => _services.GetRequiredService<RosterImporter>();
    private RosterStore Store => _services.GetRequiredService<RosterStore>();

    public async Task InitializeAsync()
    {
        var azurite = await AzuriteServer.GetAsync();
        _connectionString = azurite.ConnectionString;
        _prefix = AzuriteServer.NewTablePrefix();
        _tables = new Tables(new TableServiceClient(_connectionString), _prefix);
        await _tables.EnsureCreatedAsync(CancellationToken.None);
        _graph = await FakeGraph.StartAsync();
        _services = RosterImportHost.Create(_graph, _tables);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _graph.DisposeAsync();
    }

    private static IReadOnlyList<RosterRow> SampleRows()
    {
        var read = CsvRosterReader.Read(File.ReadAllBytes(RepositoryRoot.Combine("samples", "roster", "so-khcn-bac-giang.csv")));
        Assert.True(read.Succeeded, read.Error?.ToString());
        return read.Rows;
    }

    private async Task<int> CountRowsAsync()
    {
        var service = new TableServiceClient(_connectionString);
        var count = 0;
        foreach (var name in new[] { TableNames.People, TableNames.Units, TableNames.PeopleByAad })
        {
            await foreach (var _ in service.GetTableClient(_prefix + name).QueryAsync<TableEntity>())
            {
                count++;
            }
        }
        return count;
    }

    [Fact]
    public async Task The_sample_csv_lands_in_storage_and_importing_it_again_writes_nothing()
    {
        var report = await Importer.ImportAsync(RosterImportHost.TenantId, Campaign, SampleRows(), [Secretary], T0, CancellationToken.None);

        Assert.Empty(report.Rejected);
        Assert.Equal(41, report.Added.Count);
        var people = await Store.ListPeopleAsync(RosterImportHost.TenantId, Campaign, CancellationToken.None);
        var units = await Store.ListUnitsAsync(RosterImportHost.TenantId, Campaign, CancellationToken.None);
        Assert.Equal(41, people.Count);
        Assert.Equal(7, units.Count);
        Assert.Contains(units, u => u.UnitId == "trung-tam-ung-dung-tien-bo-kh-cn" && u.Name == "Trung tâm Ứng dụng tiến bộ KH&CN");
        var secretary = await Store.GetPersonAsync(RosterImportHost.TenantId, Campaign, "NhungDTH@sokhcn.bacgiang.example", CancellationToken.None);
        Assert.Equal(Role.Staff | Role.CouncilSecretary, secretary?.Roles);
        Assert.Equal("van-phong-so", secretary?.UnitId);

        var before = await CountRowsAsync();
        var again = await Importer.ImportAsync(RosterImportHost.TenantId, Campaign, SampleRows(), [Secretary], T1, CancellationToken.None);

        Assert.False(again.HasChanges);
        Assert.Equal(41, again.Unchanged);
        Assert.Equal(before, await CountRowsAsync());
        Assert.Equal(T0, (await Store.GetPersonAsync(RosterImportHost.TenantId, Campaign, Secretary, CancellationToken.None))?.UpdatedAt);
    }

    [Fact]
    public async Task A_person_who_leaves_keeps_their_row_and_a_unit_left_empty_goes_inactive()
    {
        var rows = SampleRows();
        await Importer.ImportAsync(RosterImportHost.TenantId, Campaign, rows, [Secretary], T0, CancellationToken.None);
        var inspection = rows.Where(r => r.UnitName == "Thanh tra Sở").Select(r => r.SignInName).ToHashSet();

        var report = await Importer.ImportAsync(RosterImportHost.TenantId, Campaign, rows.Where(r => !inspection.Contains(r.SignInName)).ToList(), [Secretary], T1, CancellationToken.None);

        Assert.Equal(4, report.Removed.Count);
        var people = await Store.ListPeopleAsync(RosterImportHost.TenantId, Campaign, CancellationToken.None);
        Assert.Equal(41, people.Count);
        Assert.All(people.Where(p => inspection.Contains(p.SignInName)), p => Assert.Equal((false, (DateTimeOffset?)T1, (DateTimeOffset?)T0), (p.Active, p.LeftAt, p.AddedAt)));
        var unit = (await Store.ListUnitsAsync(RosterImportHost.TenantId, Campaign, CancellationToken.None)).Single(u => u.UnitId == "thanh-tra-so");
        Assert.False(unit.Active);
    }

    [Fact]
    public async Task A_graph_import_stores_object_ids_so_a_teams_user_is_found_and_a_later_csv_import_keeps_them()
    {
        var read = await _services.GetRequiredService<GraphRosterReader>().ReadAsync(RosterImportHost.TenantId, CancellationToken.None);
        Assert.True(read.Succeeded, read.Error?.ToString());

        var report = await Importer.ImportAsync(RosterImportHost.TenantId, Campaign, read.Rows, [], T0, CancellationToken.None);

        Assert.Equal(28, report.Added.Count);
        Assert.Equal(6, report.UnitsAdded.Count); // five units and the leadership's department
        var head = _graph.Directory.User(FakeGraphDirectory.Upn("nghiacv"));
        var found = await Store.FindByAadObjectIdAsync(RosterImportHost.TenantId, Campaign, head.Id, CancellationToken.None);
        Assert.Equal(("Chu Văn Nghĩa", "trung-tam-ung-dung-tien-bo-kh-cn", "graph"), (found?.DisplayName, found?.UnitId, found?.Source));
        Assert.True(found!.Has(Role.UnitHead));

        var again = await Importer.ImportAsync(RosterImportHost.TenantId, Campaign, read.Rows, [], T1, CancellationToken.None);
        Assert.False(again.HasChanges);

        // The same people from the CSV file: no object ids there, so the ones Graph gave are kept.
        var csv = await Importer.ImportAsync(RosterImportHost.TenantId, Campaign, SampleRows(), [], T1, CancellationToken.None);
        Assert.Equal(head.Id, (await Store.FindByAadObjectIdAsync(RosterImportHost.TenantId, Campaign, head.Id, CancellationToken.None))?.AadObjectId);
        Assert.Contains(csv.Changed, c => c.SignInName == head.UserPrincipalName && c.Fields.HasFlag(PersonFields.Source) && !c.Fields.HasFlag(PersonFields.AadObjectId));
    }
}
