using System.Globalization;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>
/// One scheduled pledge round digest: a Monday of the open round, or the closing digest (<see cref="Final"/>) the day
/// after the deadline, at the instant <see cref="At"/> (the plan's pledge reminder time in the campaign's time zone).
/// <see cref="Round"/> names it in outbox keys and batches: <c>pledge-week-2013-03-18</c>, <c>pledge-final-2013-03-21</c>.
/// </summary>
public sealed record PledgeDigestSlot(DateOnly Date, DateTimeOffset At, bool Final)
{
    public string Round => (Final ? "pledge-final-" : "pledge-week-") + Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
