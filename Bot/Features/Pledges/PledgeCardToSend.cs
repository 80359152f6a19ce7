using System.Text.Json.Nodes;
using ThiDuaBot.Storage.Pledges;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>A pledge card for one person, with what it is for (the launch keys its sends on kind and subject).</summary>
public sealed record PledgeCardToSend(PledgeKind Kind, string Subject, JsonObject Card);
