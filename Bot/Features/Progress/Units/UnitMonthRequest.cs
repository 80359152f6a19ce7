using ThiDuaBot.Bot.Features.Roles;
using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Progress.Units;

/// <summary>
/// A press on a unit month card that passed the checks: the caller is, per the roster now, an active head of
/// <see cref="Data"/>'s unit in the running campaign, and the card's month exists, is not in the future and lies in a
/// phase. <see cref="Data"/> is the unit's month as loaded just now; <see cref="CardData"/> the press, as sent.
/// </summary>
public sealed record UnitMonthRequest(CampaignCaller Caller, UnitMonthData Data, JsonObject CardData, Strings Strings)
{
    public PledgeCampaign Campaign => Caller.Campaign;
    public Person Head => Caller.Person;
    public ProgressMonth Month => Data.Month;
    public string UnitId => Data.UnitId;
}
