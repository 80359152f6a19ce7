namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>
/// The outcome of installing ThiDuaBot for a list of people: one result per person asked (in the order given), and when
/// the batch stopped early, why (<see cref="Stop"/>, with the HTTP status) and how many people were not asked.
/// </summary>
public sealed record InstallBatchResult(IReadOnlyList<PersonInstallResult> Results, InstallStop Stop = InstallStop.None, int StopStatus = 0, int NotAsked = 0)
{
    public int Count(InstallOutcome outcome) => Results.Count(r => r.Outcome == outcome);
}
