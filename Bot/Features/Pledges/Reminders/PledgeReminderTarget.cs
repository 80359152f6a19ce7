using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Storage.Pledges;

namespace ThiDuaBot.Bot.Features.Pledges.Reminders;

/// <summary>Someone to remind, how the bot reaches them, and which of their pledges (own, unit's) are still missing.</summary>
public sealed record PledgeReminderTarget(PersonReach Reach, IReadOnlyList<PledgeKind> Kinds);
