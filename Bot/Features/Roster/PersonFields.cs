namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>What an import changed about a person.</summary>
[Flags]
public enum PersonFields
{
    None = 0,
    Name = 1,
    Email = 2,
    Unit = 4,
    JobTitle = 8,
    Roles = 16,
    AadObjectId = 32,
    /// <summary>The person had left and is back on the roster.</summary>
    Active = 64,
    /// <summary>The person came from the other source (CSV ↔ Graph).</summary>
    Source = 128,
}
