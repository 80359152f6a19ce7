using Microsoft.Extensions.Options;
using SkiaSharp;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// The typeface chart images are written in, found once: <see cref="DigestOptions.ChartFontFile"/> if set, else the
/// Noto Sans the build copies beside the bot (<see cref="BundledFile"/>), else the first of a few common families the
/// system offers; each only if it has Vietnamese letters (checked on "Đệ"). Null when none is found: the image is then
/// drawn without text, and a warning says how to fix it.
/// </summary>
public sealed class ChartFont
{
    private static readonly string[] Families = ["DejaVu Sans", "Noto Sans", "Arial", "Segoe UI", "Liberation Sans"];

    /// <summary>Where the build puts the bundled font (see Bot.csproj).</summary>
    public static string BundledFile => Path.Combine(AppContext.BaseDirectory, "fonts", "NotoSans-Regular.ttf");

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
        Typeface = (File.Exists(BundledFile) ? Usable(SKTypeface.FromFile(BundledFile)) : null)
            ?? Families.Select(family => Usable(SKFontManager.Default.MatchFamily(family))).FirstOrDefault(typeface => typeface is not null);
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
