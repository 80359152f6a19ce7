namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>Section <c>Digests</c>: what the council digest needs from the host.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digests";

    /// <summary>
    /// A TrueType/OpenType font file with Vietnamese letters (e.g. DejaVu Sans, Noto Sans) for the chart image's
    /// labels. Empty: a font the system offers (DejaVu Sans, Noto Sans, Arial…), where SkiaSharp can list them. With
    /// neither, the image has bars and percentages' frames only, and a warning is logged at start.
    /// </summary>
    public string ChartFontFile { get; set; } = "";

    /// <summary>
    /// How long the data of a chart picture is kept (the digest cards' fallback images). Default 400 days, so last year's
    /// cards keep their picture into the next year's review; at least a day.
    /// </summary>
    public TimeSpan ChartLifetime { get; set; } = TimeSpan.FromDays(400);
}
