namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>A council digest the scheduler posted: tenant, campaign, month (<c>yyyy-MM</c>).</summary>
public sealed record DigestRun(string TenantId, string CampaignId, string Month);
