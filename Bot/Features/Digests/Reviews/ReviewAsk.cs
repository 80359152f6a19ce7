using ThiDuaBot.Bot.Features.Campaigns;

namespace ThiDuaBot.Bot.Features.Digests.Reviews;

/// <summary>The phase whose review was asked for; <see cref="Phase"/> null when <see cref="Typed"/> names no phase of the campaign.</summary>
public sealed record ReviewAsk(CampaignPhase? Phase, string Typed);
