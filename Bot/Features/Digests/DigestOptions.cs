namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>Section <c>Digests</c>: what the council digest needs from the host.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digests";

    /// <summary>
    /// The bot's public base URL (the address Teams reaches it at, e.g. <c>https://thiduabot.azurewebsites.net</c>):
    /// the digest card's chart image, the fallback of its chart element, is served at <c>{PublicBaseUrl}/charts/{id}.png</c>.
    /// Default: the local run's address. Teams clients fetch images over HTTPS only; empty: no image, a text fallback.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:3978";

    /// <summary>
    /// A TrueType/OpenType font file with Vietnamese letters (e.g. DejaVu Sans, Noto Sans) for the chart image's
    /// labels. Empty: a font the system offers (DejaVu Sans, Noto Sans, Arial…), where SkiaSharp can list them. With
    /// neither, the image has bars and percentages' frames only, and a warning is logged at start.
    /// </summary>
    public string ChartFontFile { get; set; } = "";
}
