using System.Globalization;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Storage.Pledges;

/// <summary>
/// Keys of the <c>Pledges</c> table. One partition per campaign of a tenant (<c>{tenant}|{campaign}</c>, as the
/// roster), holding three kinds of rows that are always written together in one atomic batch:
/// <list type="bullet">
/// <item><c>p|{kind}|{subject}</c>: the current version, read by subject (the person's sign-in name or the unit id);
/// the department's digest reads every pledge of the campaign as one range query over <c>p|</c>;</item>
/// <item><c>u|{unit}|{kind}|{subject}</c>: a small copy in the unit's range (intra-partition secondary index), so
/// the unit head's roll-up is one range query over <c>u|{unit}|</c> that returns only the unit's rows;</item>
/// <item><c>v|{kind}|{subject}|{000001}</c>: every version with its whole content, a pledge's history as one range query.</item>
/// </list>
/// Keeping all three in one partition lets a save be one entity-group transaction checked with the current row's
/// ETag: the version number, the history and the unit index can never disagree, and two clicks never both win.
/// </summary>
public static class PledgeKeys
{
    public const string CurrentPrefix = "p|";
    private const string UnitMark = "u|";
    private const string VersionMark = "v|";

    public static string Partition(string tenantId, string campaignId) => RosterKeys.Partition(tenantId, campaignId);

    /// <summary>A person's pledge is known by their sign-in name in lower case; a unit's by its id.</summary>
    public static string NormalizeSubject(PledgeKind kind, string subject) =>
        kind == PledgeKind.Individual ? RosterKeys.NormalizeSignInName(subject) : subject.Trim();

    public static string KindText(PledgeKind kind) => kind == PledgeKind.Individual ? "individual" : "collective";

    public static PledgeKind? ParseKind(string? text) => text switch
    {
        "individual" => PledgeKind.Individual,
        "collective" => PledgeKind.Collective,
        _ => null,
    };

    public static string CurrentRow(PledgeKind kind, string subject) =>
        CurrentPrefix + KindText(kind) + "|" + KeyEncoder.Encode(NormalizeSubject(kind, subject));

    /// <summary>The start of every unit's range of the index: all of the campaign's pledges that have a unit.</summary>
    public const string AllUnitsPrefix = UnitMark;

    public static string UnitPrefix(string unitId) => UnitMark + KeyEncoder.Encode(unitId) + "|";

    public static string UnitRow(string unitId, PledgeKind kind, string subject) =>
        UnitPrefix(unitId) + KindText(kind) + "|" + KeyEncoder.Encode(NormalizeSubject(kind, subject));

    public static string VersionPrefix(PledgeKind kind, string subject) =>
        VersionMark + KindText(kind) + "|" + KeyEncoder.Encode(NormalizeSubject(kind, subject)) + "|";

    public static string VersionRow(PledgeKind kind, string subject, int version) =>
        VersionPrefix(kind, subject) + version.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The first key after every key that starts with <paramref name="prefix"/>, for a range query.</summary>
    public static string PrefixEnd(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
