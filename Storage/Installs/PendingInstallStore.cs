using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Installs;

/// <summary>
/// The bot's last install request through Microsoft Graph for each person, per tenant: installs it has not yet seen
/// happen, and refusals it remembers for a while. Rows are written whole (the latest request replaces the previous
/// one), so no read-modify-write and no ETag check is needed.
/// </summary>
public sealed class PendingInstallStore
{
    private const int MaxBatch = 100;
    private readonly TableClient _table;

    public PendingInstallStore(Tables tables)
    {
        _table = tables.Get(TableNames.PendingInstalls);
    }

    /// <summary>Writes the rows (insert or replace), in transactions of 100 per tenant.</summary>
    public async Task UpsertAsync(IReadOnlyList<PendingInstall> installs, CancellationToken cancellationToken)
    {
        foreach (var tenant in installs.GroupBy(p => PendingInstallKeys.Partition(p.TenantId)))
        {
            // One row per person even if the list names someone twice: the last one wins.
            var rows = tenant.Select(PendingInstallEntity.From).GroupBy(e => e.RowKey).Select(g => g.Last()).ToList();
            foreach (var chunk in rows.Chunk(MaxBatch))
            {
                var actions = chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)).ToList();
                await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Every pending install of one tenant (one partition query).</summary>
    public async Task<IReadOnlyList<PendingInstall>> ListAsync(string tenantId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PendingInstallKeys.Partition(tenantId)}");
        var installs = new List<PendingInstall>();
        await foreach (var entity in _table.QueryAsync<PendingInstallEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            installs.Add(entity.ToRecord());
        }
        return installs;
    }

    /// <summary>Forgets the pending install of one person. False when there was none.</summary>
    public async Task<bool> DeleteAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        // The Tables client answers a missing entity with its 404 response rather than an exception.
        var response = await _table.DeleteEntityAsync(
            PendingInstallKeys.Partition(tenantId), PendingInstallKeys.Row(aadObjectId), ETag.All, cancellationToken).ConfigureAwait(false);
        return response.Status != 404;
    }
}
