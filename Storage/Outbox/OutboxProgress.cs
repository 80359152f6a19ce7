namespace ThiDuaBot.Storage.Outbox;

/// <summary>A batch's progress: how many rows in each status, and the recipients that were not (or may not have been) reached.</summary>
public sealed record OutboxProgress(string BatchId, IReadOnlyDictionary<OutboxStatus, int> Counts, IReadOnlyList<OutboxProblem> Problems)
{
    public int Total => Counts.Values.Sum();

    public int Count(OutboxStatus status) => Counts.TryGetValue(status, out var n) ? n : 0;

    /// <summary>Nothing left to send: every row is final.</summary>
    public bool IsComplete => Counts.Where(c => !c.Key.IsFinal()).All(c => c.Value == 0);
}
