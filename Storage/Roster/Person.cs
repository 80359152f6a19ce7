namespace ThiDuaBot.Storage.Roster;

/// <summary>A person on a campaign's roster.</summary>
public sealed record Person
{
    /// <summary>Sign-in name (UPN or e-mail), lower case: the person's key.</summary>
    public required string SignInName { get; init; }
    public required string DisplayName { get; init; }
    public string? Email { get; init; }
    /// <summary>Microsoft Entra object id; known from Graph, or learned when the person first talks to the bot.</summary>
    public string? AadObjectId { get; init; }
    public string? UnitId { get; init; }
    public string? JobTitle { get; init; }
    public Role Roles { get; init; } = Role.Staff;
    /// <summary>False once the person has left the roster; their history stays.</summary>
    public bool Active { get; init; } = true;
    /// <summary><c>graph</c>, <c>csv</c> or <c>manual</c>.</summary>
    public string Source { get; init; } = "csv";
    public DateTimeOffset? AddedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public DateTimeOffset? LeftAt { get; init; }

    public bool Has(Role role) => (Roles & role) == role;
}
