namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>Why an install for one person failed.</summary>
public enum InstallFailure
{
    None,
    /// <summary>404: Graph knows no such user (or no such app in the catalog).</summary>
    NotFound,
    /// <summary>403 for this person only (e.g. a Teams app policy or licence), not a missing permission of the app.</summary>
    Refused,
    /// <summary>The stored object id is not a GUID, so Graph was not asked.</summary>
    InvalidObjectId,
    /// <summary>No answer from Graph (network failure or timeout).</summary>
    NoAnswer,
    /// <summary>Any other HTTP status.</summary>
    Other,
}
