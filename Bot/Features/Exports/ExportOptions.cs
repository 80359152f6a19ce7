namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>Section <c>Exports</c>: how download links of exported files are made.</summary>
public sealed class ExportOptions
{
    public const string Section = "Exports";

    /// <summary>How long a download link works. Default 24 hours; 5 minutes to 7 days.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Base64 of at least 32 bytes that signs the links. Empty: a random key is made once and stored in the Keys
    /// table, shared by every instance. Changing it makes every link already sent stop working.
    /// </summary>
    public string? LinkSigningKey { get; set; }
}
