using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Progress;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Tests.Progress.Monthly;

/// <summary>The unit head's month roll-up as the monthly sends see it: a small card naming unit and month, each call recorded.</summary>
public sealed class FakeUnitMonthCards : IUnitMonthCardSource
{
    public ConcurrentQueue<(string UnitId, string Month, Language Language, IReadOnlyList<string> Notices)> Calls { get; } = new();

    public static string Heading(string unitId, string month) => $"roll-up {unitId} {month}";

    public Task<JsonObject> BuildAsync(
        PledgeCampaign campaign, string unitId, ProgressMonth month, Strings s, IReadOnlyList<string> notices, CancellationToken cancellationToken)
    {
        Calls.Enqueue((unitId, month.Key, s.Language, notices));
        return Task.FromResult(AdaptiveCard.Create([.. notices.Select(notice => AdaptiveCard.Text(notice)), AdaptiveCard.Text(Heading(unitId, month.Key))]));
    }
}
