namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>Who signed the plan: the title they signed under (e.g. "Giám đốc") and their name.</summary>
public sealed record PlanSigner(string Title, string Name);
