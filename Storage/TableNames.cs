namespace ThiDuaBot.Storage;

/// <summary>Logical names of every table the bot uses. Each is created on start if missing.</summary>
public static class TableNames
{
    public const string Conversations = "Conversations";
    public const string People = "People";
    public const string Units = "Units";
    public const string PeopleByAad = "PeopleByAad";
    // Copies of the people rows by unit, so one unit's people are one range query.
    public const string PeopleByUnit = "PeopleByUnit";
    public const string Tenants = "Tenants";
    public const string Campaigns = "Campaigns";
    public const string CampaignVersions = "CampaignVersions";
    public const string PendingInstalls = "PendingInstalls";
    public const string Pledges = "Pledges";
    public const string OutboxItems = "OutboxItems";
    public const string OutboxBatches = "OutboxBatches";
    public const string PledgeLaunches = "PledgeLaunches";
    // Pledge reminders and nudges: per-person counters and finished slots; leases of scheduled jobs.
    public const string Reminders = "Reminders";
    public const string JobLeases = "JobLeases";

    public const string Progress = "Progress";
    // Keys the bot makes for itself (the signing key of export download links).
    public const string Keys = "Keys";
    // Data behind the council digest's chart images (opaque id → bars), so any instance can draw the PNG again.
    public const string Charts = "Charts";

    public static readonly IReadOnlyList<string> All =
        [Conversations, People, Units, PeopleByAad, PeopleByUnit, Tenants, Campaigns, CampaignVersions, PendingInstalls, Pledges, OutboxItems, OutboxBatches, PledgeLaunches,
         Reminders, JobLeases, Progress, Keys, Charts];
}
