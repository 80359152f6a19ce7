using ThiDuaBot.Bot.Features.Campaigns;

namespace ThiDuaBot.Bot.Tests.Campaigns;

public sealed class VoteShareTests
{
    [Theory]
    [InlineData("70%", 70, 100, "70%")]
    [InlineData("66.67%", 6667, 10000, "66.67%")]
    [InlineData("50.5%", 505, 1000, "50.5%")]
    [InlineData("100%", 100, 100, "100%")]
    [InlineData("2/3", 2, 3, "2/3")]
    [InlineData(" 1 / 2 ", 1, 2, "1/2")]
    public void Percentages_and_fractions_are_read_exactly(string text, int numerator, int denominator, string shown)
    {
        Assert.True(VoteShare.TryParse(text, out var share));

        Assert.Equal(new VoteShare(numerator, denominator), share);
        Assert.Equal(shown, share!.ToString());
    }

    [Theory]
    [InlineData("0%")]
    [InlineData("150%")]
    [InlineData("70.123%")]
    [InlineData("-5%")]
    [InlineData("3/2")]
    [InlineData("0/3")]
    [InlineData("0.7")]
    [InlineData("bảy mươi phần trăm")]
    public void Anything_else_is_not_a_share(string text)
    {
        Assert.False(VoteShare.TryParse(text, out var share));
        Assert.Null(share);
    }

    [Fact]
    public void Two_thirds_of_nine_is_exactly_six()
    {
        var twoThirds = new VoteShare(2, 3);

        Assert.True(twoThirds.IsReachedBy(6, 9));
        Assert.False(twoThirds.IsReachedBy(5, 9));
        Assert.False(twoThirds.IsReachedBy(6, 9, strictly: true));
        Assert.Equal(6, twoThirds.MinimumOf(9));
    }

    [Fact]
    public void More_than_half_needs_a_strict_majority()
    {
        var threshold = new VoteThreshold(new VoteShare(50, 100), Strictly: true, VoteBase.VotesCast);

        Assert.False(threshold.IsMet(inFavour: 3, votesCast: 6, councilMembers: 9));
        Assert.True(threshold.IsMet(inFavour: 4, votesCast: 6, councilMembers: 9));
        Assert.False(threshold.IsMet(inFavour: 0, votesCast: 0, councilMembers: 9));
    }
}
