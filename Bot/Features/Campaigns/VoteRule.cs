namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>
/// The council's vote rule (<i>bình xét</i>): a vote counts only if at least <see cref="Quorum"/> of the council's
/// members cast a ballot; a nomination then carries if it meets its threshold — the override for its title or award
/// form, or <see cref="Default"/>.
/// </summary>
public sealed record VoteRule(VoteShare Quorum, VoteThreshold Default, IReadOnlyList<VoteRuleOverride> Overrides)
{
    public VoteThreshold ForTitle(string titleId) =>
        Overrides.FirstOrDefault(rule => rule.TitleId == titleId)?.Threshold ?? Default;

    public VoteThreshold ForAwardForm(string awardFormId) =>
        Overrides.FirstOrDefault(rule => rule.AwardFormId == awardFormId)?.Threshold ?? Default;

    public bool HasQuorum(int votesCast, int councilMembers) =>
        councilMembers > 0 && Quorum.IsReachedBy(votesCast, councilMembers);

    /// <summary>True when the ballot had a quorum and <paramref name="threshold"/> is met.</summary>
    public bool Carries(VoteThreshold threshold, int inFavour, int votesCast, int councilMembers) =>
        HasQuorum(votesCast, councilMembers) && threshold.IsMet(inFavour, votesCast, councilMembers);
}
