using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Charts;

/// <summary>
/// The data of chart images the bot serves (table <c>Charts</c>, PartitionKey: the chart's opaque id, RowKey
/// <c>chart</c>). A chart is written once and never changed, so its image can be drawn again by any instance and cached
/// by clients for as long as they like. The id is random and says nothing about the tenant, campaign or month.
/// </summary>
public sealed class ChartStore(Tables tables)
{
    private const string Row = "chart";
    private readonly TableClient _table = tables.Get(TableNames.Charts);

    /// <summary>An id of 32 lower-case hex digits, the only form <see cref="GetAsync"/> accepts.</summary>
    public static bool IsId(string? id) => id is { Length: 32 } && id.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    /// <summary>Stores the chart under a new random id and returns the id.</summary>
    public async Task<string> AddAsync(StoredChart chart, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        var entity = new TableEntity(id, Row)
        {
            ["Title"] = chart.Title,
            ["Bars"] = JsonSerializer.Serialize(chart.Bars, StorageJson.Options),
            ["CreatedAt"] = chart.CreatedAt,
        };
        await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>The chart stored under <paramref name="id"/>, or null (unknown or malformed id).</summary>
    public async Task<StoredChart?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return null;
        }
        NullableResponse<TableEntity> response = await _table.GetEntityIfExistsAsync<TableEntity>(id, Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue)
        {
            return null;
        }
        var entity = response.Value!;
        var bars = JsonSerializer.Deserialize<List<ChartBar>>(entity.GetString("Bars") ?? "[]", StorageJson.Options) ?? [];
        return new StoredChart(entity.GetString("Title") ?? "", bars, entity.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue);
    }

    /// <summary>
    /// Deletes the charts made before <paramref name="before"/> and returns how many. One scan of the table (a chart
    /// row per digest card, a few hundred a year), keys only; a row another instance deleted meanwhile is skipped.
    /// </summary>
    public async Task<int> DeleteMadeBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var old = _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"CreatedAt lt {before}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken);
        await foreach (var entity in old.ConfigureAwait(false))
        {
            try
            {
                await _table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
                deleted++;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
            }
        }
        return deleted;
    }
}
