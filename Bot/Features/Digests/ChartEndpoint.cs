using ThiDuaBot.Storage.Charts;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// <c>GET /charts/{id}.png</c>: the digest's participation chart as a PNG, drawn from the chart's stored data
/// (<see cref="ChartStore"/>), so any instance answers and nothing is kept in memory. A chart never changes once
/// stored, so clients may cache it for a year. The id is opaque; an unknown or malformed one is a 404. No sign-in:
/// Teams fetches card images without the user's token, and the picture holds unit names and percentages only.
/// </summary>
public static class ChartEndpoint
{
    public const string Path = "/charts";

    public static string UrlFor(string baseUrl, string id) => baseUrl.TrimEnd('/') + Path + "/" + id + ".png";

    public static IEndpointRouteBuilder MapCharts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path + "/{file}", async (string file, ChartStore charts, ChartFont font, HttpContext http, CancellationToken cancellationToken) =>
        {
            if (!file.EndsWith(".png", StringComparison.Ordinal) || await charts.GetAsync(file[..^4], cancellationToken).ConfigureAwait(false) is not { } chart)
            {
                return Results.NotFound();
            }
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.File(ChartRenderer.RenderPng(chart, font.Typeface), "image/png");
        });
        return endpoints;
    }
}
