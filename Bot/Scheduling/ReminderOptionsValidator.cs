using Microsoft.Extensions.Options;

namespace ThiDuaBot.Bot.Scheduling;

/// <summary>Refuses scheduler settings that would send no reminder, or let two instances run it side by side.</summary>
public sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions o)
    {
        var errors = new List<string>();
        if (o.TickInterval < TimeSpan.FromSeconds(1) || o.TickInterval > TimeSpan.FromHours(1))
        {
            errors.Add("Reminders:TickInterval must be between 1 second and 1 hour.");
        }
        if (o.LeaseDuration < 2 * o.TickInterval || o.LeaseDuration > TimeSpan.FromDays(1))
        {
            errors.Add("Reminders:LeaseDuration must be at least 2 × Reminders:TickInterval (the holder renews it on every tick) and at most 1 day.");
        }
        if (o.LateWindow < o.TickInterval || o.LateWindow > TimeSpan.FromDays(1))
        {
            errors.Add("Reminders:LateWindow must be at least Reminders:TickInterval (or a slot could fall between two ticks and never go) and at most 1 day.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
