namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>
/// One person as a roster source gives them (a CSV line, a Microsoft Graph user), before any checks. Every
/// field is as written; <see cref="RosterImportPlanner"/> validates and normalises.
/// </summary>
public sealed record RosterRow
{
    /// <summary>Where the row came from: the line in the file (1 = first line), or the user's position in Graph's answer.</summary>
    public required int Line { get; init; }
    /// <summary>Sign-in name: UPN or e-mail address. The person's key on the roster.</summary>
    public required string SignInName { get; init; }
    public required string DisplayName { get; init; }
    public string? Email { get; init; }
    /// <summary>Unit (phòng, đơn vị) by name; its id is <see cref="UnitSlug"/> of the name. Empty: no unit.</summary>
    public string? UnitName { get; init; }
    public string? JobTitle { get; init; }
    /// <summary>Microsoft Entra object id, when the source knows it.</summary>
    public string? AadObjectId { get; init; }
    /// <summary>Role words as written, separated by <c>,</c> <c>;</c> or <c>|</c> (see <see cref="RoleWords"/>). Empty: staff only.</summary>
    public string? Roles { get; init; }
    /// <summary><c>csv</c> or <c>graph</c>; stored on the person.</summary>
    public string Source { get; init; } = RosterSources.Csv;
}
