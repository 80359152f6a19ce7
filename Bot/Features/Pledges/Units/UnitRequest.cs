using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Pledges.Units;

/// <summary>A press on a unit roll-up that passed the checks: the caller is the current head of <see cref="UnitId"/> in the running campaign.</summary>
public sealed record UnitRequest(CampaignCaller Caller, string UnitId, string? Person, Strings Strings)
{
    public PledgeCampaign Campaign => Caller.Campaign;
}
