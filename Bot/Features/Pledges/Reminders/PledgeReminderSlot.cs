namespace ThiDuaBot.Bot.Features.Pledges.Reminders;

/// <summary>
/// One automatic pledge reminder: <see cref="DaysLeft"/> days before the deadline at the policy's local time
/// (<see cref="Local"/>, in the campaign's time zone), which is the instant <see cref="At"/>. <see cref="Round"/>
/// names it in outbox keys and batches, e.g. <c>remind-2013-03-17T08:00</c>.
/// </summary>
public sealed record PledgeReminderSlot(DateTime Local, DateTimeOffset At, int DaysLeft)
{
    public DateOnly LocalDate => DateOnly.FromDateTime(Local);

    public string Round => "remind-" + Local.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
