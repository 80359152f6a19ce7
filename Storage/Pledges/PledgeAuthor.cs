namespace ThiDuaBot.Storage.Pledges;

/// <summary>Who saved a version: for a unit's pledge this is the unit head of the day, who may change.</summary>
public sealed record PledgeAuthor(string? AadObjectId, string? SignInName, string? Name);
