namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>
/// How the roster is read from Microsoft Graph. Bound from <c>Roster:Graph</c>. Sign-in uses the bot's own
/// app credentials (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, or the managed identity for
/// <c>UserAssignedMSI</c>) in the campaign's tenant; the app needs the User.Read.All and GroupMember.Read.All
/// application permissions, and TeamsAppInstallation.ReadWriteSelfForUser.All to install itself for people
/// (<see cref="TeamsAppId"/>).
/// </summary>
public sealed class GraphRosterOptions
{
    public const string Section = "Roster:Graph";
    public const string PublicBaseUrl = "https://graph.microsoft.com/v1.0";

    public static readonly IReadOnlyList<string> DefaultUnitHeadTitles =
        ["Trưởng phòng", "Chánh Văn phòng", "Chánh Thanh tra", "Giám đốc Trung tâm", "Chi cục trưởng"];

    public static readonly IReadOnlyList<string> DefaultLeadershipTitles = ["Giám đốc Sở", "Phó Giám đốc Sở"];

    /// <summary>Graph's root with its version (sovereign clouds, or a test's fake Graph).</summary>
    public string BaseUrl { get; set; } = PublicBaseUrl;

    /// <summary>
    /// Where the app signs in, e.g. <c>https://login.microsoftonline.com/</c>. Default: the host of
    /// <c>ToChannelFromBotLoginUrl</c>, so a sovereign cloud or a test authority is set once.
    /// </summary>
    public string? AuthorityHost { get; set; }

    /// <summary>Microsoft Entra group whose members are the council (Hội đồng Thi đua-Khen thưởng). Empty: nobody is made a council member from Graph.</summary>
    public string? CouncilGroupId { get; set; }

    /// <summary>Job titles that make a person leadership (lãnh đạo Sở): a title matches when it begins with one, without regard to case or diacritics.</summary>
    public string[]? LeadershipTitles { get; set; }

    /// <summary>Job titles that make a person a unit head, matched like <see cref="LeadershipTitles"/>.</summary>
    public string[]? UnitHeadTitles { get; set; }

    /// <summary>Only users of these departments (compared without regard to case or diacritics). Empty: every department.</summary>
    public string[]? Departments { get; set; }

    /// <summary>
    /// ThiDuaBot's id in the organisation's Teams app catalog (<c>GET /appCatalogs/teamsApps?$filter=externalId eq
    /// '{manifest id}'</c> gives it; for an app from the Teams Store it is the manifest id). Set, the secretary can have
    /// ThiDuaBot installed for the people it cannot reach yet (<c>POST /users/{id}/teamwork/installedApps</c>, which needs
    /// the TeamsAppInstallation.ReadWriteSelfForUser.All application permission). Empty: that action is not offered.
    /// </summary>
    public string? TeamsAppId { get; set; }

    /// <summary>Users asked for per page (<c>$top</c>, at most 999).</summary>
    public int PageSize { get; set; } = 999;

    public IReadOnlyList<string> EffectiveLeadershipTitles => LeadershipTitles is { Length: > 0 } titles ? titles : DefaultLeadershipTitles;

    public IReadOnlyList<string> EffectiveUnitHeadTitles => UnitHeadTitles is { Length: > 0 } titles ? titles : DefaultUnitHeadTitles;
}
