using Microsoft.Extensions.Options;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Charts;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// Stores a digest chart's data under an opaque id so that the chart element's fallback picture can be drawn by any
/// instance (<see cref="ChartEndpoint"/>): at most <see cref="DigestCard.MaxUnits"/> bars, labels shortened to
/// <see cref="DigestCard.MaxLabelLength"/>. Shared by the monthly digest and the pledge round digest.
/// </summary>
public sealed class ChartImages(ChartStore charts, IOptions<DigestOptions> options, TimeProvider time)
{
    /// <summary>The picture's URL; null (nothing stored) without a public address or without bars.</summary>
    public async Task<string?> StoreAsync(string title, IReadOnlyList<DigestChartBar> bars, CancellationToken cancellationToken)
    {
        var baseUrl = options.Value.PublicBaseUrl;
        if (string.IsNullOrWhiteSpace(baseUrl) || bars.Count == 0)
        {
            return null;
        }
        var chart = new StoredChart(title,
            [.. bars.Take(DigestCard.MaxUnits).Select(bar => new ChartBar(DigestCard.Short(bar.Label, DigestCard.MaxLabelLength), bar.Percent))],
            time.GetUtcNow());
        var id = await charts.AddAsync(chart, cancellationToken).ConfigureAwait(false);
        return ChartEndpoint.UrlFor(baseUrl, id);
    }
}
