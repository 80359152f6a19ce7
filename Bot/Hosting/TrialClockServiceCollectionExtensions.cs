using System.Globalization;
using ThiDuaBot.Bot.Features.Campaigns;

namespace ThiDuaBot.Bot.Hosting;

public static class TrialClockServiceCollectionExtensions
{
    /// <summary>
    /// With <c>SampleData:Today</c> set, the bot's <see cref="TimeProvider"/> becomes a <see cref="TrialClock"/> on that
    /// date. Only in Development: anywhere else the setting stops the start with a clear message, as a wrong date on
    /// a real campaign would send reminders on the wrong days.
    /// </summary>
    public static IServiceCollection AddTrialClock(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var text = configuration[$"{SampleDataOptions.Section}:{nameof(SampleDataOptions.Today)}"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return services;
        }
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"SampleData:Today is set ('{text}') but the environment is {environment.EnvironmentName}: it moves the bot's clock and is for the local run only (Development). Remove it.");
        }
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today))
        {
            throw new InvalidOperationException($"SampleData:Today must be a date written yyyy-MM-dd (for example 2027-03-10), not '{text}'.");
        }
        services.AddSingleton<TimeProvider>(TrialClock.For(today, SampleCampaign.Load().TimeZone, TimeProvider.System));
        return services;
    }
}
