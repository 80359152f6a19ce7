namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>An emulation title (<i>danh hiệu thi đua</i>) people or units can aim at and be voted for.</summary>
public sealed record EmulationTitle(string Id, string Name, string? Requirements);
