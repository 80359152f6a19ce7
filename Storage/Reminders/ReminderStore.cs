using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Reminders;

/// <summary>
/// Reminders of a campaign (<see cref="TableNames.Reminders"/>, one partition per tenant and campaign): a counter per
/// person and prompt, read-modify-written with its ETag so that automatic reminders and nudges from several instances
/// never exceed the cap together; and the slots the scheduler has finished.
/// </summary>
public sealed class ReminderStore
{
    private const int MaxAttempts = 8;
    private readonly TableClient _table;

    public ReminderStore(Tables tables)
    {
        _table = tables.Get(TableNames.Reminders);
    }

    /// <summary>
    /// Counts a reminder of <paramref name="round"/> to <paramref name="person"/> for <paramref name="prompt"/>, unless the
    /// person already has <paramref name="max"/> for it. A round counts once however often it is asked.
    /// </summary>
    public async Task<ReminderCountOutcome> TryCountAsync(
        string tenantId, string campaignId, string prompt, string person, string round, int max, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var partition = ReminderKeys.Partition(tenantId, campaignId);
        var row = ReminderKeys.CountRow(prompt, person);
        for (var attempt = 1; ; attempt++)
        {
            var response = await _table.GetEntityIfExistsAsync<ReminderCountEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
            var existing = response.HasValue ? response.Value : null;
            var rounds = existing?.RoundList() ?? [];
            if (rounds.Contains(round, StringComparer.Ordinal))
            {
                return ReminderCountOutcome.AlreadyCounted;
            }
            if ((existing?.Count ?? 0) >= max)
            {
                return ReminderCountOutcome.CapReached;
            }
            var entity = new ReminderCountEntity
            {
                PartitionKey = partition,
                RowKey = row,
                Count = (existing?.Count ?? 0) + 1,
                Rounds = string.Join('\n', rounds.Append(round)),
                LastAt = now,
            };
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
                return ReminderCountOutcome.Counted;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Someone counted for the same person meanwhile: read again and decide again.
            }
        }
    }

    /// <summary>How many reminders the person got for the prompt (0 when none).</summary>
    public async Task<int> GetCountAsync(string tenantId, string campaignId, string prompt, string person, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<ReminderCountEntity>(
            ReminderKeys.Partition(tenantId, campaignId), ReminderKeys.CountRow(prompt, person), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value!.Count : 0;
    }

    public async Task<bool> IsSlotDoneAsync(string tenantId, string campaignId, string round, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<ReminderSlotEntity>(
            ReminderKeys.Partition(tenantId, campaignId), ReminderKeys.SlotRow(round), select: ["DoneAt"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue;
    }

    /// <summary>Records that every send of the slot is queued. Upsert: two instances finishing the same slot agree.</summary>
    public async Task MarkSlotDoneAsync(string tenantId, string campaignId, string round, ReminderSlotResult result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _table.UpsertEntityAsync(new ReminderSlotEntity
        {
            PartitionKey = ReminderKeys.Partition(tenantId, campaignId),
            RowKey = ReminderKeys.SlotRow(round),
            DoneAt = now,
            Queued = result.Queued,
            CapReached = result.CapReached,
            Unreachable = result.Unreachable,
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }
}
