using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Progress;

/// <summary>
/// The unit head's roll-up card for a month, as it stands in storage, for the monthly sends (the card on the reporting
/// day and the head's reminders) to post without knowing how it is built. <paramref name="notices"/> go on top.
/// </summary>
public interface IUnitMonthCardSource
{
    Task<JsonObject> BuildAsync(
        PledgeCampaign campaign, string unitId, ProgressMonth month, Strings s, IReadOnlyList<string> notices, CancellationToken cancellationToken);
}
