using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Progress;

/// <summary>
/// A click on a progress card that passed the checks: the caller is the card's subject in the running campaign,
/// has a pledge, and the card's month is open for them.
/// </summary>
public sealed record ProgressRequest(
    Caller Caller, Person Person, PledgeCampaign Campaign, StoredPledge Pledge, ProgressMonth Month, ProgressSubmission Submission, Strings Strings);
