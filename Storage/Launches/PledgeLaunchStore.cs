using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Launches;

/// <summary>
/// Pledge launches (<see cref="TableNames.PledgeLaunches"/>): one row per campaign, created once (the insert decides
/// which of two presses launches), every change checked with the row's ETag.
/// </summary>
public sealed class PledgeLaunchStore
{
    private readonly TableClient _table;

    public PledgeLaunchStore(Tables tables)
    {
        _table = tables.Get(TableNames.PledgeLaunches);
    }

    public async Task<PledgeLaunch?> GetAsync(string tenantId, string campaignId, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<PledgeLaunchEntity>(
            PledgeLaunchEntity.PartitionName, PledgeLaunchEntity.Row(tenantId, campaignId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value!.ToRecord() : null;
    }

    /// <summary>Stores the first launch of the campaign; null when it was launched already (the stored one wins).</summary>
    public async Task<PledgeLaunch?> TryAddAsync(PledgeLaunch launch, CancellationToken cancellationToken)
    {
        var entity = PledgeLaunchEntity.From(launch);
        try
        {
            var response = await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return launch with { ETag = response.Headers.ETag ?? default };
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }
    }

    /// <summary>Replaces the row if nobody changed it since <paramref name="launch"/> was read; null when somebody did.</summary>
    public async Task<PledgeLaunch?> TryUpdateAsync(PledgeLaunch launch, CancellationToken cancellationToken)
    {
        var entity = PledgeLaunchEntity.From(launch);
        try
        {
            var response = await _table.UpdateEntityAsync(entity, launch.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return launch with { ETag = response.Headers.ETag ?? default };
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }

    /// <summary>Launches whose delivery report is not out yet, of every tenant: one partition query.</summary>
    public async IAsyncEnumerable<PledgeLaunch> ListRunningAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PledgeLaunchEntity.PartitionName} and Running eq {true}");
        await foreach (var entity in _table.QueryAsync<PledgeLaunchEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return entity.ToRecord();
        }
    }

    /// <summary>Every launch of every tenant, running or reported: one partition query (the reminder scheduler's list).</summary>
    public IAsyncEnumerable<PledgeLaunch> ListAllAsync(CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {PledgeLaunchEntity.PartitionName}"), cancellationToken);

    private async IAsyncEnumerable<PledgeLaunch> QueryAsync(string filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _table.QueryAsync<PledgeLaunchEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return entity.ToRecord();
        }
    }
}
