using Microsoft.Extensions.Options;
using SkiaSharp;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// The typeface chart images are written in, found once: <see cref="DigestOptions.ChartFontFile"/> if set, else the
/// first of a few common families the system offers, provided it has Vietnamese letters (checked on "Đệ"). Null when
/// none is found: the image is then drawn without text, and a warning says how to fix it.
/// </summary>
public sealed class ChartFont
{
    private static readonly string[] Families = ["DejaVu Sans", "Noto Sans", "Arial", "Segoe UI", "Liberation Sans"];

    public ChartFont(IOptions<DigestOptions> options, ILogger<ChartFont> logger)
    {
        var file = options.Value.ChartFontFile;
        if (!string.IsNullOrWhiteSpace(file))
        {
            Typeface = File.Exists(file) ? Usable(SKTypeface.FromFile(file)) : null;
            if (Typeface is null)
            {
                logger.LogWarning("Digests:ChartFontFile {File} is missing or has no Vietnamese letters; chart images are drawn without text", file);
            }
            return;
        }
        Typeface = Families.Select(family => Usable(SKFontManager.Default.MatchFamily(family))).FirstOrDefault(typeface => typeface is not null);
        if (Typeface is null)
        {
            logger.LogWarning("No font with Vietnamese letters was found for chart images; set Digests:ChartFontFile to a .ttf such as DejaVu Sans or Noto Sans");
        }
    }

    public SKTypeface? Typeface { get; }

    private static SKTypeface? Usable(SKTypeface? typeface)
    {
        if (typeface is null)
        {
            return null;
        }
        using var font = new SKFont(typeface);
        return font.ContainsGlyphs("Đệ") ? typeface : null;
    }
}
