namespace ThiDuaBot.Storage.Pledges;

/// <summary>One numeric target that changed between two versions; null means not given.</summary>
public sealed record PledgeNumberChange(string Id, int? Before, int? After);
