using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Pledges.Reminders;

/// <summary>One person's reminder and what became of it.</summary>
public sealed record PledgeReminderOutcome(Person Person, PledgeReminderResult Result);
