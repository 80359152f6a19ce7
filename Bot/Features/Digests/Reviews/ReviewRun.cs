namespace ThiDuaBot.Bot.Features.Digests.Reviews;

/// <summary>A phase review the scheduler posted: tenant, campaign, phase id.</summary>
public sealed record ReviewRun(string TenantId, string CampaignId, string PhaseId);
