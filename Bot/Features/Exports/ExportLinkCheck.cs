namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>What checking a download link found.</summary>
public enum ExportLinkCheck
{
    Valid,
    /// <summary>Signed by the bot, but past its expiry.</summary>
    Expired,
    /// <summary>Malformed, changed, or not signed by the bot.</summary>
    Invalid,
}
