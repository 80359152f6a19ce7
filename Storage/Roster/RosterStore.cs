using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Roster;

/// <summary>A campaign's units and people, and the index from Microsoft Entra object id to person.</summary>
public sealed class RosterStore
{
    private const int MaxBatch = 100;
    private const int PointReadLimit = 20;
    private readonly TableClient _people;
    private readonly TableClient _units;
    private readonly TableClient _aadIndex;
    private readonly TableClient _unitIndex;

    public RosterStore(Tables tables)
    {
        _people = tables.Get(TableNames.People);
        _units = tables.Get(TableNames.Units);
        _aadIndex = tables.Get(TableNames.PeopleByAad);
        _unitIndex = tables.Get(TableNames.PeopleByUnit);
    }

    public async Task<Person?> GetPersonAsync(string tenantId, string campaignId, string signInName, CancellationToken cancellationToken)
    {
        var response = await _people.GetEntityIfExistsAsync<PersonEntity>(
            RosterKeys.Partition(tenantId, campaignId), RosterKeys.PersonRow(signInName), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value!.ToRecord() : null;
    }

    /// <summary>The person with this Microsoft Entra object id (two point reads), or null.</summary>
    public async Task<Person?> FindByAadObjectIdAsync(string tenantId, string campaignId, string aadObjectId, CancellationToken cancellationToken)
    {
        var index = await _aadIndex.GetEntityIfExistsAsync<AadIndexEntity>(
            RosterKeys.Partition(tenantId, campaignId), RosterKeys.AadRow(aadObjectId), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!index.HasValue)
        {
            return null;
        }
        var person = await GetPersonAsync(tenantId, campaignId, index.Value!.SignInName, cancellationToken).ConfigureAwait(false);
        return person is not null && string.Equals(person.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase) ? person : null;
    }

    /// <summary>Everyone on the roster, including people who left (one partition query).</summary>
    public async Task<IReadOnlyList<Person>> ListPeopleAsync(string tenantId, string campaignId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RosterKeys.Partition(tenantId, campaignId)}");
        var people = new List<Person>();
        await foreach (var entity in _people.QueryAsync<PersonEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            people.Add(entity.ToRecord());
        }
        return people;
    }

    /// <summary>
    /// Everyone on the roster whose unit is <paramref name="unitId"/>, including people who left it as members (one range
    /// query on the people-by-unit index, whatever the size of the roster).
    /// </summary>
    public async Task<IReadOnlyList<Person>> ListUnitPeopleAsync(string tenantId, string campaignId, string unitId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {RosterKeys.Partition(tenantId, campaignId)} and RowKey ge {RosterKeys.UnitPeoplePrefix(unitId)} and RowKey lt {RosterKeys.UnitPeopleEnd(unitId)}");
        var people = new List<Person>();
        await foreach (var entity in _unitIndex.QueryAsync<PersonEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            people.Add(entity.ToRecord());
        }
        return people;
    }

    public async Task<IReadOnlyList<Unit>> ListUnitsAsync(string tenantId, string campaignId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RosterKeys.Partition(tenantId, campaignId)}");
        var units = new List<Unit>();
        await foreach (var entity in _units.QueryAsync<UnitEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            units.Add(entity.ToRecord());
        }
        return units;
    }

    /// <summary>
    /// Writes people and units (whole rows) and keeps the object-id and unit indexes in step, in batches of 100 per
    /// table. Each batch is atomic; re-running the same changes is harmless (a run cut short is completed by the next).
    /// </summary>
    public async Task ApplyAsync(string tenantId, string campaignId, RosterChanges changes, CancellationToken cancellationToken)
    {
        var partition = RosterKeys.Partition(tenantId, campaignId);
        var unitsBefore = await UnitsBeforeAsync(tenantId, campaignId, changes.People, cancellationToken).ConfigureAwait(false);
        await SubmitAsync(_units, changes.Units.Select(u => UnitEntity.From(partition, u)), cancellationToken).ConfigureAwait(false);
        await SubmitAsync(_people, changes.People.Select(p => PersonEntity.From(partition, p)), cancellationToken).ConfigureAwait(false);
        await SubmitAsync(_unitIndex, changes.People.Select(p => PersonEntity.UnitCopy(partition, p)).OfType<PersonEntity>(), cancellationToken).ConfigureAwait(false);
        // Someone who moved leaves their old unit's range (after the new copy is written, so they are never in none).
        var moved = changes.People
            .Where(p => unitsBefore.TryGetValue(RosterKeys.NormalizeSignInName(p.SignInName), out var before) && before is not null && before != p.UnitId)
            .Select(p => new TableEntity(partition, RosterKeys.UnitPersonRow(unitsBefore[RosterKeys.NormalizeSignInName(p.SignInName)]!, p.SignInName)));
        foreach (var chunk in moved.DistinctBy(e => e.RowKey).Chunk(MaxBatch))
        {
            await _unitIndex.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All)), cancellationToken).ConfigureAwait(false);
        }
        var index = changes.People
            .Where(p => !string.IsNullOrWhiteSpace(p.AadObjectId))
            .Select(p => new AadIndexEntity
            {
                PartitionKey = partition,
                RowKey = RosterKeys.AadRow(p.AadObjectId!),
                SignInName = RosterKeys.NormalizeSignInName(p.SignInName),
            });
        await SubmitAsync(_aadIndex, index, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records the object id of a person known only by sign-in name (a CSV roster), learned when they first
    /// talk to the bot. False when the person is not on the roster or already has another object id.
    /// </summary>
    public async Task<bool> LinkAadObjectIdAsync(string tenantId, string campaignId, string signInName, string aadObjectId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var partition = RosterKeys.Partition(tenantId, campaignId);
        PersonEntity entity;
        for (var attempt = 1; ; attempt++)
        {
            var response = await _people.GetEntityIfExistsAsync<PersonEntity>(partition, RosterKeys.PersonRow(signInName), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!response.HasValue)
            {
                return false;
            }
            entity = response.Value!;
            if (!string.IsNullOrEmpty(entity.AadObjectId))
            {
                return string.Equals(entity.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase);
            }
            entity.AadObjectId = aadObjectId;
            entity.UpdatedAt = now;
            try
            {
                await _people.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < 5)
            {
                // The row changed meanwhile (most often: the same person's other message linked it): read it again.
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                return false;
            }
        }
        await _aadIndex.UpsertEntityAsync(new AadIndexEntity
        {
            PartitionKey = partition,
            RowKey = RosterKeys.AadRow(aadObjectId),
            SignInName = entity.SignInName,
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        if (PersonEntity.UnitCopy(partition, entity.ToRecord()) is { } copy)
        {
            await _unitIndex.UpsertEntityAsync(copy, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    /// <summary>
    /// The stored unit of each person about to be written: point reads for a few, one partition query (two columns)
    /// for an import.
    /// </summary>
    private async Task<Dictionary<string, string?>> UnitsBeforeAsync(string tenantId, string campaignId, IReadOnlyList<Person> people, CancellationToken cancellationToken)
    {
        var partition = RosterKeys.Partition(tenantId, campaignId);
        var units = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (people.Count <= PointReadLimit)
        {
            foreach (var person in people)
            {
                var response = await _people.GetEntityIfExistsAsync<PersonEntity>(partition, RosterKeys.PersonRow(person.SignInName), select: ["SignInName", "UnitId"], cancellationToken: cancellationToken).ConfigureAwait(false);
                if (response.HasValue)
                {
                    units[response.Value!.SignInName] = response.Value.UnitId;
                }
            }
            return units;
        }
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await foreach (var entity in _people.QueryAsync<PersonEntity>(filter, select: ["SignInName", "UnitId"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            units[entity.SignInName] = entity.UnitId;
        }
        return units;
    }

    private static async Task SubmitAsync<T>(TableClient table, IEnumerable<T> entities, CancellationToken cancellationToken) where T : ITableEntity
    {
        foreach (var chunk in entities.DistinctBy(e => e.RowKey).Chunk(MaxBatch))
        {
            var actions = chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e));
            await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        }
    }
}
