using Microsoft.Extensions.Options;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>Settings of the launch's progress card (section <c>Pledges</c>).</summary>
public sealed class PledgeLaunchOptions
{
    public const string Section = "Pledges";

    /// <summary>How often the secretary's progress card is brought up to date while the cards go out.</summary>
    public TimeSpan LaunchProgressInterval { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>Refuses an interval that would hammer storage and Teams, or leave the secretary waiting.</summary>
public sealed class PledgeLaunchOptionsValidator : IValidateOptions<PledgeLaunchOptions>
{
    public ValidateOptionsResult Validate(string? name, PledgeLaunchOptions options) =>
        options.LaunchProgressInterval < TimeSpan.FromMilliseconds(50) || options.LaunchProgressInterval > TimeSpan.FromMinutes(10)
            ? ValidateOptionsResult.Fail("Pledges:LaunchProgressInterval must be between 00:00:00.050 and 00:10:00.")
            : ValidateOptionsResult.Success;
}
