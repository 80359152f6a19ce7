namespace ThiDuaBot.Bot.Features.Awards;

/// <summary>The answers the ballots gave on one nomination. Every returned ballot is cast, an abstention included.</summary>
public sealed record NominationCount(int Agree, int Disagree, int Abstain)
{
    public static NominationCount None { get; } = new(0, 0, 0);

    public int Cast => Agree + Disagree + Abstain;

    public NominationCount With(BallotChoice choice) => choice switch
    {
        BallotChoice.Agree => this with { Agree = Agree + 1 },
        BallotChoice.Disagree => this with { Disagree = Disagree + 1 },
        _ => this with { Abstain = Abstain + 1 },
    };
}
