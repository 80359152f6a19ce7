namespace ThiDuaBot.Bot.Features.Pledges.Reminders;

/// <summary>One slot the scheduler ran: for which campaign, which slot, and each person's outcome.</summary>
public sealed record PledgeReminderRun(string TenantId, string CampaignId, PledgeReminderSlot Slot, IReadOnlyList<PledgeReminderOutcome> Outcomes);
