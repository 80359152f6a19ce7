namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>A threshold for one title or one award form (exactly one of the two ids is set) instead of the default.</summary>
public sealed record VoteRuleOverride(string? TitleId, string? AwardFormId, VoteThreshold Threshold);
