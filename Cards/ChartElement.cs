using System.Text.Json.Nodes;

namespace ThiDuaBot.Cards;

/// <summary>
/// A Teams horizontal bar chart (<c>Chart.HorizontalBar</c>). Clients that do not know chart elements show the
/// fallback: the same chart as a PNG when the bot serves one, else a line of text pointing to the table below it.
/// </summary>
public static class ChartElement
{
    public const string HorizontalBar = "Chart.HorizontalBar";

    /// <summary>Longest bar label; longer names are shortened with "…".</summary>
    public const int MaxLabelLength = 40;

    public static JsonObject Bars(string title, string axisTitle, string altText, string fallbackText, IEnumerable<(string Label, int Value)> bars, string? imageUrl)
    {
        JsonObject fallback = imageUrl is not null
            ? new JsonObject { ["type"] = "Image", ["url"] = imageUrl, ["altText"] = altText }
            : AdaptiveCard.Text(fallbackText, subtle: true);
        return new JsonObject
        {
            ["type"] = HorizontalBar,
            ["title"] = title,
            ["xAxisTitle"] = axisTitle,
            ["color"] = "good",
            ["data"] = new JsonArray([.. bars.Select(b => (JsonNode)new JsonObject { ["x"] = DigestCard.Short(b.Label, MaxLabelLength), ["y"] = b.Value })]),
            ["fallback"] = fallback,
        };
    }
}
