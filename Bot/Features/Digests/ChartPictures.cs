using ThiDuaBot.Bot.Hosting;
using ThiDuaBot.Storage.Charts;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// Stores a chart's data under an opaque id and gives the address of its picture (<see cref="ChartEndpoint"/>), so a
/// card's chart element can fall back to an image any instance draws. Null, and nothing stored, when the bot has no
/// public address (<see cref="PublicAddress"/>) or there are no bars.
/// </summary>
public sealed class ChartPictures(ChartStore charts, PublicAddress address, TimeProvider time)
{
    public async Task<string?> AddAsync(string title, IReadOnlyList<ChartBar> bars, CancellationToken cancellationToken)
    {
        if (bars.Count == 0 || address.Get() is not { } baseUrl)
        {
            return null;
        }
        var id = await charts.AddAsync(new StoredChart(title, bars, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return ChartEndpoint.UrlFor(baseUrl, id);
    }
}
