namespace ThiDuaBot.Bot.Scheduling;

/// <summary>Section <c>Reminders</c>: how the reminder scheduler runs. When reminders fall is the campaign file's business.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Whether this instance runs the scheduler loop at all (false: never sends automatic reminders).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the scheduler looks for a due slot. A slot goes out at most this long after its time.</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long the instance that ran a tick keeps the scheduler to itself. It renews on every tick; when it stops
    /// renewing (the instance died), another instance takes over after this long.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// How late a slot missed while no instance ran may still go out, and only on its own local day: past that, or
    /// on a later day, it is dropped rather than sent at night or in a pile with the next one.
    /// </summary>
    public TimeSpan LateWindow { get; set; } = TimeSpan.FromHours(12);
}
