using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Exports;

/// <summary>
/// The key that signs download links when configuration gives none: 32 random bytes made by the first instance that
/// needs them and stored once (an insert that only one writer can win), so every instance signs and checks alike.
/// </summary>
public sealed class ExportKeyStore
{
    private const string Partition = "export";
    private const string Row = "link-signing-key";
    private const string Column = "Key";
    private readonly TableClient _table;

    public ExportKeyStore(Tables tables)
    {
        _table = tables.Get(TableNames.Keys);
    }

    public async Task<byte[]> GetOrCreateAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var existing = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, Row, [Column], cancellationToken).ConfigureAwait(false);
            if (existing.HasValue && existing.Value!.GetBinary(Column) is { Length: >= 32 } key)
            {
                return key;
            }
            try
            {
                await _table.AddEntityAsync(new TableEntity(Partition, Row) { [Column] = RandomNumberGenerator.GetBytes(32) }, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Another instance stored its key first: read that one.
            }
        }
        throw new InvalidOperationException("The export link key could not be read or stored.");
    }
}
