namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>The header of the official plan document: its number, date and place, who issued it and who signed it.</summary>
public sealed record CampaignPlan(string Number, DateOnly Date, string Place, string Issuer, PlanSigner Signer);
