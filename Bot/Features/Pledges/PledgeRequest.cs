using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>A click on a pledge card that passed the checks: the caller is the card's subject (or its unit's head) in the running campaign.</summary>
public sealed record PledgeRequest(Caller Caller, Person Person, PledgeCampaign Campaign, PledgeSubmission Submission, Strings Strings);
