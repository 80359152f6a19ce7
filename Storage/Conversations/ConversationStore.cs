using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Conversations;

/// <summary>Conversation references of every personal chat and team channel the bot is installed in, per tenant.</summary>
public sealed class ConversationStore
{
    private const int MaxConcurrencyAttempts = 5;
    private readonly TableClient _table;

    public ConversationStore(Tables tables)
    {
        _table = tables.Get(TableNames.Conversations);
    }

    /// <summary>
    /// Records that the bot can talk in this conversation (install event or any activity in it). Keeps what the
    /// row already knows (first install time, welcome) and refreshes the rest.
    /// </summary>
    public async Task<StoredConversation> RecordInstalledAsync(StoredConversation seen, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await FindEntityAsync(seen.TenantId, seen.ConversationId, cancellationToken).ConfigureAwait(false);
            var merged = seen with
            {
                Installed = true,
                InstalledAt = existing is { Installed: true, InstalledAt: not null } ? existing.InstalledAt : now,
                UninstalledAt = null,
                WelcomedAt = existing is { Installed: true } ? existing.WelcomedAt : null,
                LastActivityAt = now,
                BotName = seen.BotName ?? existing?.BotName,
                UserId = seen.UserId ?? existing?.UserId,
                UserAadObjectId = seen.UserAadObjectId ?? existing?.UserAadObjectId,
                UserName = seen.UserName ?? existing?.UserName,
                TeamId = seen.TeamId ?? existing?.TeamId,
                TeamAadGroupId = seen.TeamAadGroupId ?? existing?.TeamAadGroupId,
                TeamName = seen.TeamName ?? existing?.TeamName,
                Locale = seen.Locale ?? existing?.Locale,
            };
            var entity = ConversationEntity.From(merged);
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
                return merged;
            }
            catch (RequestFailedException ex) when (IsConcurrencyConflict(ex) && attempt < MaxConcurrencyAttempts)
            {
                // Someone else wrote the row between our read and write: read again and merge again.
            }
        }
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
    /// installation, however many install events Teams sends and however many instances receive them.
    /// </summary>
    public async Task<bool> TryClaimWelcomeAsync(string tenantId, string conversationId, DateTimeOffset now, CancellationToken cancellationToken)
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
        catch (RequestFailedException ex) when (IsConcurrencyConflict(ex))
        {
            return false;
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

    private static bool IsConcurrencyConflict(RequestFailedException ex) => ex.Status is 409 or 412;
}
