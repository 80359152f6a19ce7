namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>What a vote share is a share of.</summary>
public enum VoteBase
{
    /// <summary>The ballots cast (<i>số phiếu bầu</i>, written <c>votesCast</c>).</summary>
    VotesCast,

    /// <summary>All members of the council, present or not (<i>tổng số thành viên Hội đồng</i>, written <c>members</c>).</summary>
    Members,
}
