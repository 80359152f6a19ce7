namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>An award form (<i>hình thức khen thưởng</i>), e.g. Giấy khen, and who issues it.</summary>
public sealed record AwardForm(string Id, string Name, string Issuer);
