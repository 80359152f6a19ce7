using SkiaSharp;
using ThiDuaBot.Storage.Charts;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// Draws a stored chart as a PNG: a horizontal bar per label, 0–100 %, the value written after the bar. Sized for a
/// phone-width card (720 px wide, 28 px per bar). Pure: the same chart and typeface give the same picture.
/// </summary>
public static class ChartRenderer
{
    private const int Width = 720;
    private const int BarHeight = 28;
    private const int Top = 44;
    private const int LabelWidth = 300;
    private const int Margin = 12;

    public static byte[] RenderPng(StoredChart chart, SKTypeface? typeface)
    {
        var height = Top + Math.Max(1, chart.Bars.Count) * BarHeight + Margin;
        using var surface = SKSurface.Create(new SKImageInfo(Width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);

        typeface ??= SKTypeface.Default;
        using var titleFont = new SKFont(typeface, 18) { Embolden = true };
        using var font = new SKFont(typeface, 14);
        using var text = new SKPaint { Color = new SKColor(0x24, 0x24, 0x24), IsAntialias = true };
        using var track = new SKPaint { Color = new SKColor(0xEE, 0xEE, 0xEE) };
        using var bar = new SKPaint { Color = new SKColor(0x23, 0x7B, 0x4B), IsAntialias = true };

        canvas.DrawText(chart.Title, Margin, 28, SKTextAlign.Left, titleFont, text);
        var barLeft = LabelWidth + Margin;
        var barMax = Width - barLeft - 60;
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var item = chart.Bars[i];
            var y = Top + i * BarHeight;
            var value = Math.Clamp(item.Value, 0, 100);
            canvas.DrawText(Fit(item.Label, font, LabelWidth - Margin), Margin, y + 19, SKTextAlign.Left, font, text);
            canvas.DrawRect(barLeft, y + 5, barMax, BarHeight - 10, track);
            canvas.DrawRect(barLeft, y + 5, barMax * value / 100f, BarHeight - 10, bar);
            canvas.DrawText(value + " %", barLeft + barMax + 6, y + 19, SKTextAlign.Left, font, text);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>The label, shortened with "…" until it fits <paramref name="width"/> pixels.</summary>
    private static string Fit(string label, SKFont font, float width)
    {
        if (font.MeasureText(label) <= width)
        {
            return label;
        }
        var shortened = label;
        while (shortened.Length > 1 && font.MeasureText(shortened + "…") > width)
        {
            shortened = shortened[..^1];
        }
        return shortened.TrimEnd() + "…";
    }
}
