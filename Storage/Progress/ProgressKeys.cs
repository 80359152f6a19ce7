using System.Globalization;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Storage.Progress;

/// <summary>
/// Keys of the <c>Progress</c> table. One partition per month of a campaign of a tenant
/// (<c>{tenant}|{campaign}|{yyyy-MM}</c>), so the whole department's month is one partition query, and every write a
/// month needs is one entity-group transaction. Rows:
/// <list type="bullet">
/// <item><c>p|{person}</c>: the person's current report for the month (person = sign-in name, lower case);</item>
/// <item><c>u|{unit}|{person}</c>: a small copy in the unit's range (status per content area, whether a good deed
/// was put forward), so a unit's month is one range query over <c>u|{unit}|</c>;</item>
/// <item><c>v|{person}|{000001}</c>: every version with its whole content, the report's history as one range query;</item>
/// <item><c>unit|{unit}</c>: the unit's monthly report; once it exists the month is closed for the unit's people.
/// Only its minimal form (who, when) is written here; the unit report work extends it;</item>
/// <item><c>digest</c>: reserved for the council digest's marker of the month (not written yet).</item>
/// </list>
/// <c>unit|…</c> sorts outside the <c>u|…</c> range (<c>n</c> comes before <c>|</c>), so the unit index query never returns it.
/// </summary>
public static class ProgressKeys
{
    public const string CurrentPrefix = "p|";
    public const string DigestRow = "digest";
    private const string UnitIndexMark = "u|";
    private const string VersionMark = "v|";
    private const string UnitReportMark = "unit|";

    /// <summary>The month as <c>yyyy-MM</c>; other text is a bug of the caller.</summary>
    public static string Month(int year, int month) => new DateOnly(year, month, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static bool IsMonth(string? text) =>
        text is { Length: 7 } && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    public static string Partition(string tenantId, string campaignId, string month)
    {
        if (!IsMonth(month))
        {
            throw new ArgumentException($"'{month}' is not a month (yyyy-MM).", nameof(month));
        }
        return RosterKeys.Partition(tenantId, campaignId) + "|" + KeyEncoder.Encode(month);
    }

    public static string NormalizeSubject(string subject) => RosterKeys.NormalizeSignInName(subject);

    public static string CurrentRow(string subject) => CurrentPrefix + KeyEncoder.Encode(NormalizeSubject(subject));

    public static string UnitPrefix(string unitId) => UnitIndexMark + KeyEncoder.Encode(unitId) + "|";

    public static string UnitRow(string unitId, string subject) => UnitPrefix(unitId) + KeyEncoder.Encode(NormalizeSubject(subject));

    public static string VersionPrefix(string subject) => VersionMark + KeyEncoder.Encode(NormalizeSubject(subject)) + "|";

    public static string VersionRow(string subject, int version) => VersionPrefix(subject) + version.ToString("D6", CultureInfo.InvariantCulture);

    public static string UnitReportRow(string unitId) => UnitReportMark + KeyEncoder.Encode(unitId);

    /// <summary>The first key after every key that starts with <paramref name="prefix"/>, for a range query.</summary>
    public static string PrefixEnd(string prefix) => PledgeKeys.PrefixEnd(prefix);
}
