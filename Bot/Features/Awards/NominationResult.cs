namespace ThiDuaBot.Bot.Features.Awards;

/// <summary>
/// One nomination's result, with what the rule asked for, so a results card and the minutes can say why:
/// <see cref="Eligible"/> members could vote on it (the council less the nominee, when they sit on it),
/// <see cref="BallotsNeeded"/> ballots made the quorum, and <see cref="AgreeNeeded"/> agreements would have carried it
/// with the ballots cast.
/// </summary>
public sealed record NominationResult(VoteOutcome Outcome, NominationCount Count, int Eligible, int BallotsNeeded, int AgreeNeeded)
{
    public bool Passed => Outcome == VoteOutcome.Passed;
}
