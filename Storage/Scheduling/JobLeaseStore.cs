using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Scheduling;

/// <summary>
/// Leases of scheduled jobs (<see cref="TableNames.JobLeases"/>), so that of several instances one runs each job: the
/// lease row is created or taken over with its ETag, renewed by its owner, and free for anyone once it has expired.
/// </summary>
public sealed class JobLeaseStore
{
    private readonly TableClient _table;

    public JobLeaseStore(Tables tables)
    {
        _table = tables.Get(TableNames.JobLeases);
    }

    /// <summary>
    /// Takes or renews the lease of <paramref name="job"/> for <paramref name="owner"/> until <paramref name="now"/> +
    /// <paramref name="duration"/>. True when <paramref name="owner"/> holds it now; false when another owner's lease
    /// has not expired, or another instance took or renewed it at the same moment.
    /// </summary>
    public async Task<bool> TryAcquireAsync(string job, string owner, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var row = KeyEncoder.Encode(job);
        var response = await _table.GetEntityIfExistsAsync<JobLeaseEntity>(JobLeaseEntity.PartitionName, row, cancellationToken: cancellationToken).ConfigureAwait(false);
        var existing = response.HasValue ? response.Value : null;
        if (existing is not null && existing.Owner != owner && existing.ExpiresAt > now)
        {
            return false;
        }
        var lease = new JobLeaseEntity
        {
            RowKey = row,
            Owner = owner,
            ExpiresAt = now + duration,
            AcquiredAt = existing?.Owner == owner ? existing.AcquiredAt : now,
        };
        try
        {
            if (existing is null)
            {
                await _table.AddEntityAsync(lease, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _table.UpdateEntityAsync(lease, existing.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404)
        {
            return false;
        }
    }

    /// <summary>Gives the lease up (on shutdown), so another instance need not wait for it to expire. Only its owner can.</summary>
    public async Task ReleaseAsync(string job, string owner, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<JobLeaseEntity>(JobLeaseEntity.PartitionName, KeyEncoder.Encode(job), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue || response.Value!.Owner != owner)
        {
            return;
        }
        try
        {
            await _table.DeleteEntityAsync(JobLeaseEntity.PartitionName, response.Value.RowKey, response.Value.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
        }
    }

    /// <summary>The current owner of the job's lease and its expiry; null when nobody ever took it.</summary>
    public async Task<(string Owner, DateTimeOffset ExpiresAt)?> GetAsync(string job, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<JobLeaseEntity>(JobLeaseEntity.PartitionName, KeyEncoder.Encode(job), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? (response.Value!.Owner, response.Value.ExpiresAt) : null;
    }
}
