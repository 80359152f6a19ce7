using Azure.Data.Tables;
using ThiDuaBot.Storage;
using ThiDuaBot.TestSupport.Azurite;

namespace ThiDuaBot.Storage.Tests;

/// <summary>Each test class instance gets its own table prefix on the shared Azurite, with the tables created.</summary>
public abstract class StorageTestBase : IAsyncLifetime
{
    protected Tables Tables { get; private set; } = null!;
    protected TableServiceClient Service { get; private set; } = null!;
    protected string Prefix { get; } = AzuriteServer.NewTablePrefix();

    public async Task InitializeAsync()
    {
        var azurite = await AzuriteServer.GetAsync();
        Service = new TableServiceClient(azurite.ConnectionString);
        Tables = new Tables(Service, Prefix);
        await Tables.EnsureCreatedAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
