namespace ThiDuaBot.Bot.Hosting;

/// <summary>
/// Section <c>SampleData</c>: when <see cref="TenantId"/> is set, the bot loads the sample campaign and a sample roster
/// for that tenant at start (the local run does this for the Playground's mock tenant). Loading again changes nothing.
/// </summary>
public sealed class SampleDataOptions
{
    public const string Section = "SampleData";

    public string? TenantId { get; set; }

    /// <summary>A roster CSV file to import into the sample campaign (path relative to the working directory, or absolute).</summary>
    public string? RosterCsv { get; set; }

    /// <summary>
    /// Load a copy of the sample moved to the year whose pledge deadline is still ahead (this year or the next), so
    /// the pledge round can be tried today; otherwise the 2013 plan as it is, whose deadline passed long ago.
    /// </summary>
    public bool CurrentDates { get; set; }

    /// <summary>
    /// Local run only (Development): the bot's clock runs as if today were this date (<c>yyyy-MM-dd</c>, in the sample's
    /// time zone; the time of day stays real), e.g. a day of March to try pledging and the monthly report together.
    /// See <see cref="TrialClock"/>.
    /// </summary>
    public DateOnly? Today { get; set; }
}
