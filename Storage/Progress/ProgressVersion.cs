namespace ThiDuaBot.Storage.Progress;

/// <summary>One stored version of a report, kept forever: its whole content, who saved it, when, from which card.</summary>
public sealed record ProgressVersion(int Version, ProgressContent Content, int PledgeVersion, string? UnitId, DateTimeOffset SavedAt, ProgressAuthor SavedBy, string Nonce);
