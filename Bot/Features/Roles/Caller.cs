using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Roles;

/// <summary>Who sent the activity, as far as the server knows: their roster entry and roles in the active campaign.</summary>
public sealed record Caller(string TenantId, string? AadObjectId, string? CampaignId, Person? Person, Role Roles)
{
    public bool HasAny(Role roles) => (Roles & roles) != Role.None;

    /// <summary>The refusal to show when the caller lacks every one of <paramref name="allowed"/>.</summary>
    public static string Refusal(Strings strings, Role allowed)
    {
        var names = new List<string>();
        if (allowed.HasFlag(Role.CouncilSecretary)) names.Add(strings.RoleCouncilSecretary);
        if (allowed.HasFlag(Role.CouncilMember)) names.Add(strings.RoleCouncilMember);
        if (allowed.HasFlag(Role.Leadership)) names.Add(strings.RoleLeadership);
        if (allowed.HasFlag(Role.UnitHead)) names.Add(strings.RoleUnitHead);
        if (allowed.HasFlag(Role.Staff)) names.Add(strings.RoleStaff);
        var who = names.Count <= 1
            ? string.Concat(names)
            : string.Join(", ", names.Take(names.Count - 1)) + " " + strings.Or + " " + names[^1];
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, strings.NotAllowed, who);
    }
}
