using Azure;

namespace ThiDuaBot.Storage.Launches;

/// <summary>
/// The pledge round of one campaign (<i>phát động đăng ký thi đua</i>): who launched it and when, the outbox batch
/// its cards go through, and the secretary's progress card, updated in place while the batch runs and replaced by the
/// delivery report when it is done.
/// </summary>
public sealed record PledgeLaunch
{
    public required string TenantId { get; init; }
    public required string CampaignId { get; init; }
    public required string BatchId { get; init; }
    public required DateTimeOffset LaunchedAt { get; init; }
    public string? LaunchedByAadObjectId { get; init; }
    public string? LaunchedByName { get; init; }
    /// <summary>The last time the secretary pressed the button again (people added or reachable since got theirs).</summary>
    public DateTimeOffset? ToppedUpAt { get; init; }

    /// <summary>Where the progress card is: the secretary's personal chat and the card's activity id.</summary>
    public string? ProgressServiceUrl { get; init; }
    public string? ProgressConversationId { get; init; }
    public string? ProgressActivityId { get; init; }
    /// <summary>When a press last took on posting the progress card (the first press, at launch): of two presses one posts.</summary>
    public DateTimeOffset? ProgressClaimedAt { get; init; }
    /// <summary><c>vi</c> or <c>en</c>: the language of the secretary who launched.</summary>
    public string Language { get; init; } = "vi";

    /// <summary>Cards in the round and how many were sent, as the progress card last showed them (the admin card reads these).</summary>
    public int Cards { get; init; }
    public int Sent { get; init; }
    /// <summary>People on the roster the bot could not reach at the last launch or top-up.</summary>
    public int NotReached { get; init; }

    /// <summary>A fingerprint of the last progress shown, so an unchanged card is not sent again.</summary>
    public string? LastShown { get; init; }
    /// <summary>When the final delivery report replaced the progress card; null while the batch runs.</summary>
    public DateTimeOffset? ReportedAt { get; init; }

    public ETag ETag { get; init; }
}
