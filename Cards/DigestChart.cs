using System.Text.Json.Nodes;

namespace ThiDuaBot.Cards;

/// <summary>
/// The bar chart the council digests show (a Teams chart element <see cref="Type"/>, one bar per unit, 0–100 %).
/// Clients that do not know chart elements show the fallback: the same chart as a PNG when the bot serves one, else a
/// line of text pointing to the table below. Shared by the monthly digest and the pledge round digest.
/// </summary>
public static class DigestChart
{
    public const string Type = "Chart.HorizontalBar";

    /// <summary>The chart element. <paramref name="altText"/> describes the fallback picture; labels are shortened to <see cref="DigestCard.MaxLabelLength"/>.</summary>
    public static JsonObject Element(string title, string axis, string altText, string fallbackText, IEnumerable<DigestChartBar> bars, string? imageUrl)
    {
        JsonObject fallback = imageUrl is not null
            ? new JsonObject { ["type"] = "Image", ["url"] = imageUrl, ["altText"] = altText }
            : AdaptiveCard.Text(fallbackText, subtle: true);
        return new JsonObject
        {
            ["type"] = Type,
            ["title"] = title,
            ["xAxisTitle"] = axis,
            ["color"] = "good",
            ["data"] = new JsonArray([.. bars.Select(bar => (JsonNode)new JsonObject { ["x"] = DigestCard.Short(bar.Label, DigestCard.MaxLabelLength), ["y"] = bar.Percent })]),
            ["fallback"] = fallback,
        };
    }
}
