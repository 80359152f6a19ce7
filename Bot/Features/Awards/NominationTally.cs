using ThiDuaBot.Bot.Features.Campaigns;

namespace ThiDuaBot.Bot.Features.Awards;

/// <summary>
/// The council's vote rule applied to one nomination (<i>kiểm phiếu</i>). A member who is the nominee does not vote on
/// themselves, so the nomination's electorate is the council less them: the quorum, and a threshold "of members", are
/// shares of that electorate. A threshold "of votes cast" is a share of the ballots returned on it, abstentions
/// included. Exact arithmetic: 2/3 of 9 is 6, never 5.99.
/// </summary>
public static class NominationTally
{
    /// <param name="councilMembers">Members of the council when the vote closed.</param>
    /// <param name="nomineeSitsOnCouncil">The nominee is one of them (a person, not a unit).</param>
    public static NominationResult Decide(VoteRule rule, VoteThreshold threshold, int councilMembers, bool nomineeSitsOnCouncil, NominationCount count)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(threshold);
        ArgumentNullException.ThrowIfNull(count);
        var eligible = Math.Max(0, councilMembers - (nomineeSitsOnCouncil ? 1 : 0));
        if (count.Cast > eligible || count.Agree < 0 || count.Disagree < 0 || count.Abstain < 0)
        {
            throw new ArgumentException($"{count.Cast} ballots on a nomination only {eligible} members may vote on.", nameof(count));
        }
        var ballotsNeeded = Math.Max(1, rule.Quorum.MinimumOf(eligible));
        var whole = threshold.Base == VoteBase.Members ? eligible : count.Cast;
        var agreeNeeded = MinimumAgree(threshold, whole);
        var outcome = eligible == 0 || count.Cast < ballotsNeeded ? VoteOutcome.NoQuorum
            : whole > 0 && threshold.Share.IsReachedBy(count.Agree, whole, threshold.Strictly) ? VoteOutcome.Passed
            : count.Agree == count.Disagree ? VoteOutcome.Tied
            : VoteOutcome.Failed;
        return new NominationResult(outcome, count, eligible, ballotsNeeded, agreeNeeded);
    }

    /// <summary>The fewest agreements out of <paramref name="whole"/> that meet the threshold (more than the whole when none can).</summary>
    private static int MinimumAgree(VoteThreshold threshold, int whole)
    {
        if (whole == 0)
        {
            return 1;
        }
        var share = threshold.Share;
        // At least: ⌈N·whole/D⌉; more than: ⌊N·whole/D⌋ + 1.
        return threshold.Strictly
            ? (int)((long)share.Numerator * whole / share.Denominator) + 1
            : share.MinimumOf(whole);
    }
}
