namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>One phase (<i>đợt thi đua</i>), from <see cref="Start"/> to <see cref="End"/> inclusive, with the occasions it celebrates.</summary>
public sealed record CampaignPhase(
    string Id,
    string Name,
    DateOnly Start,
    DateOnly End,
    string? Description,
    IReadOnlyList<PhaseOccasion> Occasions)
{
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
