using ThiDuaBot.Bot.Hosting;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Charts;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// Stores a digest chart's data under an opaque id so that the chart element's fallback picture can be drawn by any
/// instance (<see cref="ChartEndpoint"/>): at most <see cref="DigestCard.MaxUnits"/> bars, labels shortened to
/// <see cref="DigestCard.MaxLabelLength"/>. Shared by the monthly digest, the pledge round digest and the phase review.
/// Null, and nothing stored, when the bot has no public address (<see cref="PublicAddress"/>).
/// </summary>
public sealed class ChartImages(ChartStore charts, PublicAddress address, TimeProvider time)
{
    /// <summary>The picture's URL; null (nothing stored) without a public address or without bars.</summary>
    public async Task<string?> StoreAsync(string title, IReadOnlyList<DigestChartBar> bars, CancellationToken cancellationToken)
    {
        if (bars.Count == 0 || address.Get() is not { } baseUrl)
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
