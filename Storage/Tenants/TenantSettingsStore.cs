using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Tenants;

/// <summary>One settings row per tenant; every change is a read-modify-write with the row's ETag.</summary>
public sealed class TenantSettingsStore
{
    private const int MaxAttempts = 5;
    private readonly TableClient _table;

    public TenantSettingsStore(Tables tables)
    {
        _table = tables.Get(TableNames.Tenants);
    }

    public async Task<TenantSettings> GetAsync(string tenantId, CancellationToken cancellationToken)
    {
        var entity = await FindAsync(tenantId, cancellationToken).ConfigureAwait(false);
        return entity?.ToRecord() ?? new TenantSettings { TenantId = tenantId };
    }

    /// <summary>Applies <paramref name="change"/> to the current settings, retrying when another writer got there first.</summary>
    public async Task<TenantSettings> UpdateAsync(string tenantId, Func<TenantSettings, TenantSettings> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await FindAsync(tenantId, cancellationToken).ConfigureAwait(false);
            var updated = change(existing?.ToRecord() ?? new TenantSettings { TenantId = tenantId }) with { TenantId = tenantId };
            var entity = TenantSettingsEntity.From(updated);
            try
            {
                if (existing is null)
                {
                    await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await _table.UpdateEntityAsync(entity, existing.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
                return updated;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
            }
        }
    }

    private async Task<TenantSettingsEntity?> FindAsync(string tenantId, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<TenantSettingsEntity>(KeyEncoder.Encode(tenantId), TenantSettingsEntity.Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }
}
