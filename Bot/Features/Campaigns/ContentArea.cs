namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>One content area (<i>nội dung thi đua</i>): a short title for cards, and optionally the plan's full text.</summary>
public sealed record ContentArea(string Id, string Title, string? Description);
