namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>
/// How many "yes" votes carry a nomination: at least (<i>từ … trở lên</i>) or more than (<i>trên, quá</i>)
/// <see cref="Share"/> of the votes cast or of all council members.
/// </summary>
public sealed record VoteThreshold(VoteShare Share, bool Strictly, VoteBase Base)
{
    public bool IsMet(int inFavour, int votesCast, int councilMembers)
    {
        var whole = Base == VoteBase.Members ? councilMembers : votesCast;
        return whole > 0 && Share.IsReachedBy(inFavour, whole, Strictly);
    }
}
