using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>Someone acting in the running campaign: their roles from storage, their active roster entry, and the campaign.</summary>
public sealed record PledgeCaller(Caller Caller, Person Person, PledgeCampaign Campaign);
