using ThiDuaBot.Bot.Features.Pledges.Reminders;

namespace ThiDuaBot.Bot.Features.Progress.Reminders;

/// <summary>One monthly slot the scheduler ran: for which campaign, which slot, and each person's and each unit head's outcome.</summary>
public sealed record ProgressSlotRun(
    string TenantId, string CampaignId, ProgressSlot Slot, IReadOnlyList<PledgeReminderOutcome> Staff, IReadOnlyList<PledgeReminderOutcome> Heads);
