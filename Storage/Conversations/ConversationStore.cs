using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Conversations;

/// <summary>Conversation references of every personal chat and team channel the bot is installed in, per tenant.</summary>
public sealed class ConversationStore
{
    /// <summary>
    /// Bounds the read-and-write loops below. Each conflict means another writer moved the row on to a state the next
    /// round settles without a conflict (installed, welcomed, uninstalled), so two or three rounds are the most seen.
    /// </summary>
    private const int MaxConcurrencyAttempts = 10;
    private readonly TableClient _table;

    public ConversationStore(Tables tables)
    {
        _table = tables.Get(TableNames.Conversations);
    }

    /// <summary>
    /// Records that the bot can talk in this conversation (install event or any activity in it). Keeps what the
    /// row already knows (first install time, welcome) and refreshes the rest. Writes only when something changed, so
    /// the messages of a busy conversation read the row and nothing more; concurrent refreshes of an installed row
    /// never conflict (its reference fields are written last-writer-wins, and nothing else is touched).
    /// </summary>
    public async Task<StoredConversation> RecordInstalledAsync(StoredConversation seen, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await FindEntityAsync(seen.TenantId, seen.ConversationId, cancellationToken).ConfigureAwait(false);
            var merged = Merge(seen, existing?.ToRecord(), now);
            try
            {
                if (existing is null)
                {
                    await _table.AddEntityAsync(ConversationEntity.From(merged), cancellationToken).ConfigureAwait(false);
                }
                else if (!existing.Installed)
                {
                    // Installed again after a removal: a new installation (new install time, a welcome to send).
                    await _table.UpdateEntityAsync(ConversationEntity.From(merged), existing.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
                else if (ReferenceChanged(existing.ToRecord(), merged))
                {
                    // The reference of an installed conversation moved on (a new service URL, a renamed team): the
                    // latest activity's reference is the right one, and the install and welcome fields stay as stored.
                    await _table.UpdateEntityAsync(ReferenceFields(merged), ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
                }
                return merged;
            }
            catch (RequestFailedException ex) when (IsConcurrencyConflict(ex) && attempt < MaxConcurrencyAttempts)
            {
                // Someone else added, reinstalled or removed the row between our read and write: read again.
            }
        }
    }

    private static StoredConversation Merge(StoredConversation seen, StoredConversation? existing, DateTimeOffset now) => seen with
    {
        Installed = true,
        InstalledAt = existing is { Installed: true, InstalledAt: not null } ? existing.InstalledAt : now,
        UninstalledAt = null,
        WelcomedAt = existing is { Installed: true } ? existing.WelcomedAt : null,
        BotName = seen.BotName ?? existing?.BotName,
        UserId = seen.UserId ?? existing?.UserId,
        UserAadObjectId = seen.UserAadObjectId ?? existing?.UserAadObjectId,
        UserName = seen.UserName ?? existing?.UserName,
        TeamId = seen.TeamId ?? existing?.TeamId,
        TeamAadGroupId = seen.TeamAadGroupId ?? existing?.TeamAadGroupId,
        TeamName = seen.TeamName ?? existing?.TeamName,
        Locale = seen.Locale ?? existing?.Locale,
    };

    /// <summary>Whether the fields an activity refreshes differ; the install, removal and welcome fields are not among them.</summary>
    private static bool ReferenceChanged(StoredConversation stored, StoredConversation merged) =>
        stored with { Installed = merged.Installed, InstalledAt = merged.InstalledAt, UninstalledAt = merged.UninstalledAt, WelcomedAt = merged.WelcomedAt } != merged;

    /// <summary>The reference fields alone, for a merge that leaves the install, removal and welcome fields as they are.</summary>
    private static TableEntity ReferenceFields(StoredConversation c)
    {
        var full = ConversationEntity.From(c);
        return new TableEntity(full.PartitionKey, full.RowKey)
        {
            [nameof(ConversationEntity.ConversationId)] = full.ConversationId,
            [nameof(ConversationEntity.ConversationType)] = full.ConversationType,
            [nameof(ConversationEntity.ServiceUrl)] = full.ServiceUrl,
            [nameof(ConversationEntity.ChannelId)] = full.ChannelId,
            [nameof(ConversationEntity.BotId)] = full.BotId,
            [nameof(ConversationEntity.BotName)] = full.BotName,
            [nameof(ConversationEntity.UserId)] = full.UserId,
            [nameof(ConversationEntity.UserAadObjectId)] = full.UserAadObjectId,
            [nameof(ConversationEntity.UserName)] = full.UserName,
            [nameof(ConversationEntity.TeamId)] = full.TeamId,
            [nameof(ConversationEntity.TeamAadGroupId)] = full.TeamAadGroupId,
            [nameof(ConversationEntity.TeamName)] = full.TeamName,
            [nameof(ConversationEntity.Locale)] = full.Locale,
        };
    }

    /// <summary>Marks the conversation as uninstalled (the row is kept for history). False when it was not known.</summary>
    public async Task<bool> MarkUninstalledAsync(string tenantId, string conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await FindEntityAsync(tenantId, conversationId, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                return false;
            }
            existing.Installed = false;
            existing.UninstalledAt = now;
            existing.WelcomedAt = null;
            try
            {
                await _table.UpdateEntityAsync(existing, existing.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException ex) when (IsConcurrencyConflict(ex) && attempt < MaxConcurrencyAttempts)
            {
            }
        }
    }

    /// <summary>
    /// Claims the right to send the welcome in this conversation. Exactly one caller gets <c>true</c> per
    /// installation, however many install events Teams sends and however many instances receive them. A
    /// concurrent write of another kind (a reference refresh) does not take the claim away: the row is read again.
    /// </summary>
    public async Task<bool> TryClaimWelcomeAsync(string tenantId, string conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await FindEntityAsync(tenantId, conversationId, cancellationToken).ConfigureAwait(false);
            if (existing is null || !existing.Installed || existing.WelcomedAt is not null)
            {
                return false;
            }
            existing.WelcomedAt = now;
            try
            {
                await _table.UpdateEntityAsync(existing, existing.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException ex) when (IsConcurrencyConflict(ex) && attempt < MaxConcurrencyAttempts)
            {
                // Another claim (then the next read says welcomed) or another write: read again.
            }
        }
    }

    public async Task<StoredConversation?> GetAsync(string tenantId, string conversationId, CancellationToken cancellationToken) =>
        (await FindEntityAsync(tenantId, conversationId, cancellationToken).ConfigureAwait(false))?.ToRecord();

    /// <summary>Every conversation of one tenant (one partition query).</summary>
    public async IAsyncEnumerable<StoredConversation> ListAsync(string tenantId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ConversationKeys.Partition(tenantId)}");
        await foreach (var entity in _table.QueryAsync<ConversationEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return entity.ToRecord();
        }
    }

    /// <summary>The installed personal chat with a person, by their Microsoft Entra object id.</summary>
    public async Task<StoredConversation?> FindPersonalAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {ConversationKeys.Partition(tenantId)} and UserAadObjectId eq {aadObjectId} and ConversationType eq {"personal"} and Installed eq {true}");
        await foreach (var entity in _table.QueryAsync<ConversationEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return entity.ToRecord();
        }
        return null;
    }

    private async Task<ConversationEntity?> FindEntityAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<ConversationEntity>(
            ConversationKeys.Partition(tenantId), ConversationKeys.Row(conversationId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    private static bool IsConcurrencyConflict(RequestFailedException ex) => ex.Status is 404 or 409 or 412;
}
