using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Roles;

/// <summary>A caller who is an active person on the roster of the tenant's running campaign, with that campaign loaded.</summary>
public sealed record CampaignCaller(Caller Caller, PledgeCampaign Campaign, Person Person);
