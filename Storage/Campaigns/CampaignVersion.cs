namespace ThiDuaBot.Storage.Campaigns;

/// <summary>One loaded version of a campaign file, kept forever, with what changed from the one before.</summary>
public sealed record CampaignVersion(int Version, string Yaml, DateTimeOffset LoadedAt, string? LoadedByAadObjectId, string? ChangeSummary);
