namespace ThiDuaBot.TestSupport.Fakes;

/// <summary>A user in the <see cref="FakeGraph"/>'s directory, with the properties the roster import reads.</summary>
public sealed record FakeGraphUser(
    string Id,
    string DisplayName,
    string UserPrincipalName,
    string? Department,
    string? JobTitle,
    string? ManagerId = null,
    bool AccountEnabled = true,
    string UserType = "Member")
{
    public string? Mail { get; init; } = UserPrincipalName.Contains("#EXT#", StringComparison.Ordinal) ? null : UserPrincipalName;
}
