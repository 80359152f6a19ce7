namespace ThiDuaBot.Bot.Features.Awards;

/// <summary>A council member's answer on one nomination of their ballot (<i>phiếu bầu</i>).</summary>
public enum BallotChoice
{
    /// <summary><i>Đồng ý.</i></summary>
    Agree,

    /// <summary><i>Không đồng ý.</i></summary>
    Disagree,

    /// <summary><i>Không biểu quyết</i>: the ballot is returned, so it counts as cast, but neither for nor against.</summary>
    Abstain,
}
