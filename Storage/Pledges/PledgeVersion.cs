namespace ThiDuaBot.Storage.Pledges;

/// <summary>One stored version of a pledge, kept forever: its whole content, who saved it and when, and what changed.</summary>
public sealed record PledgeVersion(
    int Version,
    PledgeContent Content,
    int CampaignVersion,
    string? UnitId,
    DateTimeOffset SavedAt,
    PledgeAuthor SavedBy,
    string Nonce,
    PledgeDiff? Changes);
