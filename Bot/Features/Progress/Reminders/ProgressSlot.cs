using System.Globalization;

namespace ThiDuaBot.Bot.Features.Progress.Reminders;

/// <summary>
/// One monthly send of a campaign: <see cref="Kind"/> for <see cref="Month"/>, <see cref="DaysAfter"/> days after its
/// report day at the policy's local time (<see cref="Local"/>, in the campaign's time zone), which is the instant
/// <see cref="At"/>. <see cref="Round"/> names it in outbox keys, counters and the slot-done row:
/// <c>progress-2013-03</c>, <c>progress-2013-03-r1</c>, <c>unit-report-2013-03-r0</c>.
/// </summary>
public sealed record ProgressSlot(ProgressSlotKind Kind, ProgressMonth Month, int DaysAfter, DateTime Local, DateTimeOffset At)
{
    public DateOnly LocalDate => DateOnly.FromDateTime(Local);

    public string Round => Kind switch
    {
        ProgressSlotKind.Prompt => "progress-" + Month.Key,
        ProgressSlotKind.StaffReminder => "progress-" + Month.Key + "-r" + DaysAfter.ToString(CultureInfo.InvariantCulture),
        _ => "unit-report-" + Month.Key + "-r" + DaysAfter.ToString(CultureInfo.InvariantCulture),
    };
}
