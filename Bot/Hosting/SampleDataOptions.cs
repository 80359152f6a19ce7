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
}
