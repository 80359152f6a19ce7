namespace ThiDuaBot.Bot.Features.Awards;

/// <summary>What the council's vote rule makes of one nomination's count. Each is reported as it is, never rounded to another.</summary>
public enum VoteOutcome
{
    /// <summary>Quorum reached and the threshold met (<i>đạt</i>).</summary>
    Passed,

    /// <summary>Quorum reached, threshold missed, more against than for or abstentions in the way (<i>không đạt</i>).</summary>
    Failed,

    /// <summary>Quorum reached, threshold missed, as many for as against (<i>số phiếu ngang nhau</i>): the council decides again.</summary>
    Tied,

    /// <summary>Too few ballots for the vote to count (<i>không đủ số thành viên bỏ phiếu</i>): nothing is decided.</summary>
    NoQuorum,
}
