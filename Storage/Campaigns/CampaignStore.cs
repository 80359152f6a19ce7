using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Campaigns;

/// <summary>
/// Campaigns of a tenant: the current version in <c>Campaigns</c> (partition tenant), every version ever
/// loaded in <c>CampaignVersions</c> (partition tenant|campaign). Loading a new version never touches what
/// was collected under the campaign; it only replaces the definition.
/// </summary>
public sealed class CampaignStore
{
    private readonly TableClient _campaigns;
    private readonly TableClient _versions;

    public CampaignStore(Tables tables)
    {
        _campaigns = tables.Get(TableNames.Campaigns);
        _versions = tables.Get(TableNames.CampaignVersions);
    }

    public async Task<StoredCampaign?> GetAsync(string tenantId, string campaignId, CancellationToken cancellationToken)
    {
        var response = await _campaigns.GetEntityIfExistsAsync<CampaignEntity>(KeyEncoder.Encode(tenantId), KeyEncoder.Encode(campaignId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value!.ToRecord() : null;
    }

    /// <summary>
    /// Stores <paramref name="yaml"/> as the next version of the campaign. <paramref name="expectedVersion"/> is the
    /// version the caller based its change on (0 for a new campaign); if someone loaded another version meanwhile,
    /// nothing is written and the result is null. Phase states carry over; <paramref name="phaseIds"/> adds new phases.
    /// </summary>
    public async Task<StoredCampaign?> SaveVersionAsync(
        string tenantId,
        string campaignId,
        string title,
        string yaml,
        IReadOnlyList<string> phaseIds,
        int expectedVersion,
        string? loadedByAadObjectId,
        string? changeSummary,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (yaml.Length > StoredCampaign.MaxFileLength)
        {
            throw new ArgumentException($"A campaign file holds at most {StoredCampaign.MaxFileLength} characters.", nameof(yaml));
        }
        var partition = KeyEncoder.Encode(tenantId);
        var row = KeyEncoder.Encode(campaignId);
        var existingResponse = await _campaigns.GetEntityIfExistsAsync<CampaignEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
        var existing = existingResponse.HasValue ? existingResponse.Value : null;
        if ((existing?.Version ?? 0) != expectedVersion)
        {
            return null;
        }
        var previousPhases = existing?.ToRecord().Phases ?? [];
        var phases = phaseIds
            .Select(id => previousPhases.FirstOrDefault(p => p.PhaseId == id) ?? new PhaseState(id, PhaseStatus.NotStarted, null, null, null))
            .Concat(previousPhases.Where(p => !phaseIds.Contains(p.PhaseId))) // a phase dropped from the file keeps its history
            .ToList();
        var next = new StoredCampaign
        {
            TenantId = tenantId,
            CampaignId = campaignId,
            Version = expectedVersion + 1,
            Title = title,
            Yaml = yaml,
            LoadedAt = now,
            LoadedByAadObjectId = loadedByAadObjectId,
            Phases = phases,
        };

        // The campaign row, written with its ETag, is the gate: of two secretaries loading at once, one wins.
        var entity = CampaignEntity.From(next);
        try
        {
            if (existing is null)
            {
                await _campaigns.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _campaigns.UpdateEntityAsync(entity, existing.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return null;
        }

        // Then the history row. Upsert, so a retry after a crash between the two writes completes it.
        await _versions.UpsertEntityAsync(new CampaignVersionEntity
        {
            PartitionKey = partition + "|" + row,
            RowKey = CampaignVersionEntity.Row(next.Version),
            Version = next.Version,
            Yaml = yaml,
            LoadedAt = now,
            LoadedByAadObjectId = loadedByAadObjectId,
            ChangeSummary = changeSummary,
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return next;
    }

    /// <summary>Changes one phase's state with the campaign row's ETag. Null when the campaign or phase is unknown or the row changed meanwhile.</summary>
    public async Task<StoredCampaign?> SetPhaseStateAsync(string tenantId, string campaignId, PhaseState state, CancellationToken cancellationToken)
    {
        var response = await _campaigns.GetEntityIfExistsAsync<CampaignEntity>(KeyEncoder.Encode(tenantId), KeyEncoder.Encode(campaignId), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue)
        {
            return null;
        }
        var entity = response.Value!;
        var campaign = entity.ToRecord();
        if (campaign.Phases.All(p => p.PhaseId != state.PhaseId))
        {
            return null;
        }
        var updated = campaign with { Phases = campaign.Phases.Select(p => p.PhaseId == state.PhaseId ? state : p).ToList() };
        try
        {
            var replacement = CampaignEntity.From(updated);
            await _campaigns.UpdateEntityAsync(replacement, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return updated;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<CampaignVersion>> ListVersionsAsync(string tenantId, string campaignId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {KeyEncoder.Encode(tenantId) + "|" + KeyEncoder.Encode(campaignId)}");
        var versions = new List<CampaignVersion>();
        await foreach (var entity in _versions.QueryAsync<CampaignVersionEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            versions.Add(entity.ToRecord());
        }
        return versions;
    }
}
