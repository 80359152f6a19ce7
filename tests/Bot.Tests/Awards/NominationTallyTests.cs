using ThiDuaBot.Bot.Features.Awards;
using ThiDuaBot.Bot.Features.Campaigns;

namespace ThiDuaBot.Bot.Tests.Awards;

/// <summary>The sample campaign's vote rule (quorum 2/3; more than 50% of votes cast; at least 70% of members for some titles) on counts.</summary>
public sealed class NominationTallyTests
{
    private static readonly VoteThreshold MajorityOfCast = new(Share("50%"), Strictly: true, VoteBase.VotesCast);
    private static readonly VoteThreshold SeventyPercentOfMembers = new(Share("70%"), Strictly: false, VoteBase.Members);
    private static readonly VoteRule Rule = new(Share("2/3"), MajorityOfCast, [new VoteRuleOverride("chien-si-thi-dua-co-so", null, SeventyPercentOfMembers)]);

    [Theory]
    // agree, disagree, abstain → outcome, ballots needed for the quorum, agreements needed with these ballots
    [InlineData(4, 2, 1, VoteOutcome.Passed, 6, 4)]
    [InlineData(9, 0, 0, VoteOutcome.Passed, 6, 5)]
    [InlineData(3, 4, 0, VoteOutcome.Failed, 6, 4)]
    [InlineData(3, 3, 0, VoteOutcome.Tied, 6, 4)]
    [InlineData(4, 4, 1, VoteOutcome.Tied, 6, 5)]
    [InlineData(3, 1, 2, VoteOutcome.Failed, 6, 4)] // abstentions count as cast: 3 of 6 is not more than half
    [InlineData(5, 0, 0, VoteOutcome.NoQuorum, 6, 3)] // 5 of 9 ballots: under 2/3, whatever they say
    [InlineData(0, 0, 0, VoteOutcome.NoQuorum, 6, 1)]
    [InlineData(2, 2, 2, VoteOutcome.Tied, 6, 4)] // as many for as against, whatever the abstentions
    public void Majority_of_votes_cast_in_a_council_of_nine(int agree, int disagree, int abstain, VoteOutcome outcome, int ballotsNeeded, int agreeNeeded)
    {
        var result = NominationTally.Decide(Rule, Rule.ForTitle("lao-dong-tien-tien"), 9, nomineeSitsOnCouncil: false, new NominationCount(agree, disagree, abstain));

        Assert.Equal((outcome, 9, ballotsNeeded, agreeNeeded), (result.Outcome, result.Eligible, result.BallotsNeeded, result.AgreeNeeded));
    }

    [Theory]
    [InlineData(6, 2, 0, VoteOutcome.Failed)] // 6 of 9 members is 66.7 %, under 70 %
    [InlineData(7, 1, 0, VoteOutcome.Passed)]
    [InlineData(7, 0, 0, VoteOutcome.Passed)]
    [InlineData(4, 4, 0, VoteOutcome.Tied)]
    [InlineData(5, 0, 0, VoteOutcome.NoQuorum)]
    public void Seventy_percent_of_members_counts_absent_members_as_not_agreeing(int agree, int disagree, int abstain, VoteOutcome outcome)
    {
        var result = NominationTally.Decide(Rule, Rule.ForTitle("chien-si-thi-dua-co-so"), 9, nomineeSitsOnCouncil: false, new NominationCount(agree, disagree, abstain));

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(7, result.AgreeNeeded);
    }

    [Fact]
    public void A_nominee_on_the_council_is_not_counted_in_their_own_electorate()
    {
        // Nine members, one of them the nominee: eight may vote; 2/3 of 8 is 5.33, so 6 ballots; 70 % of 8 is 5.6, so 6 agree.
        var six = NominationTally.Decide(Rule, Rule.ForTitle("chien-si-thi-dua-co-so"), 9, nomineeSitsOnCouncil: true, new NominationCount(6, 2, 0));
        var five = NominationTally.Decide(Rule, Rule.ForTitle("chien-si-thi-dua-co-so"), 9, nomineeSitsOnCouncil: true, new NominationCount(5, 0, 0));

        Assert.Equal((VoteOutcome.Passed, 8, 6, 6), (six.Outcome, six.Eligible, six.BallotsNeeded, six.AgreeNeeded));
        Assert.Equal(VoteOutcome.NoQuorum, five.Outcome);
        Assert.Throws<ArgumentException>(() =>
            NominationTally.Decide(Rule, Rule.Default, 9, nomineeSitsOnCouncil: true, new NominationCount(9, 0, 0)));
    }

    [Fact]
    public void A_tie_is_passed_only_when_the_rule_says_half_is_enough()
    {
        var half = new VoteThreshold(Share("50%"), Strictly: false, VoteBase.VotesCast);
        var rule = Rule with { Default = half };

        Assert.Equal(VoteOutcome.Passed, NominationTally.Decide(rule, rule.Default, 6, false, new NominationCount(3, 3, 0)).Outcome);
        Assert.Equal(VoteOutcome.Tied, NominationTally.Decide(Rule, Rule.Default, 6, false, new NominationCount(3, 3, 0)).Outcome);
    }

    [Fact]
    public void A_council_with_no_one_left_to_vote_has_no_quorum_and_more_ballots_than_voters_are_refused()
    {
        Assert.Equal(VoteOutcome.NoQuorum, NominationTally.Decide(Rule, Rule.Default, 1, nomineeSitsOnCouncil: true, NominationCount.None).Outcome);
        Assert.Equal(VoteOutcome.NoQuorum, NominationTally.Decide(Rule, Rule.Default, 0, nomineeSitsOnCouncil: false, NominationCount.None).Outcome);
        Assert.Throws<ArgumentException>(() => NominationTally.Decide(Rule, Rule.Default, 3, false, new NominationCount(2, 1, 1)));
    }

    [Fact]
    public void Counting_choices_one_by_one()
    {
        var count = new[] { BallotChoice.Agree, BallotChoice.Agree, BallotChoice.Disagree, BallotChoice.Abstain }
            .Aggregate(NominationCount.None, (c, choice) => c.With(choice));

        Assert.Equal(new NominationCount(2, 1, 1), count);
        Assert.Equal(4, count.Cast);
    }

    private static VoteShare Share(string text) => VoteShare.TryParse(text, out var share) ? share! : throw new ArgumentException(text);
}
