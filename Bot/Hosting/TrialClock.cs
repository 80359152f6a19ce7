namespace ThiDuaBot.Bot.Hosting;

/// <summary>
/// The local run's clock with <c>SampleData:Today</c>: the real clock moved by whole days, so the bot lives on the
/// chosen date (the time of day and the passing of time stay real) and the monthly cycle can be tried in the
/// Playground on any day of the year. Development only; the bot refuses to start with it in any other environment.
/// </summary>
public sealed class TrialClock(TimeSpan offset) : TimeProvider
{
    public TimeSpan Offset { get; } = offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    /// <summary>
    /// The clock on which it is <paramref name="today"/> in <paramref name="zone"/> now: the real clock moved by the
    /// whole days between the real local date and <paramref name="today"/>.
    /// </summary>
    public static TrialClock For(DateOnly today, TimeZoneInfo zone, TimeProvider real)
    {
        var realToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(real.GetUtcNow(), zone).DateTime);
        return new TrialClock(TimeSpan.FromDays(today.DayNumber - realToday.DayNumber));
    }
}
