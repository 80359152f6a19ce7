namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>A pledge round digest the scheduler posted: tenant, campaign, slot (<c>pledge-week-{yyyy-MM-dd}</c> or <c>pledge-final-{yyyy-MM-dd}</c>).</summary>
public sealed record PledgeDigestRun(string TenantId, string CampaignId, string Round);
