using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>
/// Who pledges what, from the roster as stored now: every active staff member (everyone on a roster is) their own
/// pledge, and the head of a unit the unit's. A card names a subject; the server only accepts it from that person
/// or from that unit's current head.
/// </summary>
public static class PledgeRights
{
    public static bool CanPledge(Person person, PledgeKind kind) => kind switch
    {
        PledgeKind.Individual => person.Active && person.Has(Role.Staff),
        _ => person.Active && person.Has(Role.UnitHead) && !string.IsNullOrEmpty(person.UnitId),
    };

    /// <summary>The pledge's subject for this person: their sign-in name, or their unit.</summary>
    public static string SubjectOf(Person person, PledgeKind kind) =>
        PledgeKeys.NormalizeSubject(kind, kind == PledgeKind.Individual ? person.SignInName : person.UnitId ?? "");

    public static bool IsSubject(Person person, PledgeKind kind, string subject) =>
        CanPledge(person, kind) && SubjectOf(person, kind) == PledgeKeys.NormalizeSubject(kind, subject);
}
