using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace ThiDuaBot.Storage;

/// <summary>Hands out one <see cref="TableClient"/> per logical table, with the configured prefix applied.</summary>
public sealed class Tables
{
    private readonly TableServiceClient _service;
    private readonly string _prefix;

    public Tables(IOptions<StorageOptions> options)
        : this(new TableServiceClient(options.Value.ConnectionString), options.Value.TablePrefix)
    {
    }

    public Tables(TableServiceClient service, string prefix)
    {
        _service = service;
        _prefix = prefix;
    }

    public TableClient Get(string logicalName) => _service.GetTableClient(_prefix + logicalName);

    /// <summary>Creates every table in <see cref="TableNames.All"/> that does not exist yet.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var name in TableNames.All)
        {
            await Get(name).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
