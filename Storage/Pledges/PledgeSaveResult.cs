namespace ThiDuaBot.Storage.Pledges;

/// <summary>What saving came to, and the pledge as it now stands (null only on <see cref="PledgeSaveOutcome.Conflict"/>).</summary>
public sealed record PledgeSaveResult(PledgeSaveOutcome Outcome, StoredPledge? Pledge);
