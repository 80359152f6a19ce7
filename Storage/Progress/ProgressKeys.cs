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
/// <item><c>unit|{unit}</c>: the unit's monthly report as it stands now (comment, snapshot, version, who, when);
/// once it exists the month is closed for the unit's people;</item>
/// <item><c>uv|{unit}|{000001}</c>: every version of the unit's monthly report (the first submission, then each
/// amendment with its reason), never changed once written;</item>
/// <item><c>d|{unit}|{person}</c>: the unit head's decision on the good deed a person put forward this month
/// (confirmed or set aside), so the council digest reads every confirmed deed of the month with one range query
/// over <c>d|</c>;</item>
/// <item><c>digest</c>: the council digest's marker of the month; once it exists unit reports can no longer be amended.</item>
/// </list>
/// Sort order keeps the ranges apart: <c>digest</c> &lt; <c>d|…</c> (<c>i</c> &lt; <c>|</c>), and
/// <c>unit|…</c> &lt; <c>uv|…</c> &lt; <c>u|…</c> (<c>n</c> &lt; <c>v</c> &lt; <c>|</c>), so neither the unit index
/// range <c>u|{unit}|</c>, nor <c>p|</c>, nor <c>d|</c> ever returns a row of another kind.
/// </summary>
public static class ProgressKeys
{
    public const string CurrentPrefix = "p|";
    public const string DigestRow = "digest";
    private const string UnitIndexMark = "u|";
    private const string VersionMark = "v|";
    private const string UnitReportMark = "unit|";
    private const string UnitReportVersionMark = "uv|";
    private const string DeedDecisionMark = "d|";

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

    /// <summary>Every unit's index rows of the month (<c>u|</c>), for building every unit's roll-up at once.</summary>
    public static string AllUnitsPrefix => UnitIndexMark;

    /// <summary>Every unit's monthly report of the month (<c>unit|</c>).</summary>
    public static string AllUnitReportsPrefix => UnitReportMark;

    public static string UnitReportVersionPrefix(string unitId) => UnitReportVersionMark + KeyEncoder.Encode(unitId) + "|";

    public static string UnitReportVersionRow(string unitId, int version) =>
        UnitReportVersionPrefix(unitId) + version.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Every head's decision on good deeds of the month, all units (<c>d|</c>).</summary>
    public static string AllDeedDecisionsPrefix => DeedDecisionMark;

    public static string DeedDecisionPrefix(string unitId) => DeedDecisionMark + KeyEncoder.Encode(unitId) + "|";

    public static string DeedDecisionRow(string unitId, string subject) => DeedDecisionPrefix(unitId) + KeyEncoder.Encode(NormalizeSubject(subject));

    /// <summary>The first key after every key that starts with <paramref name="prefix"/>, for a range query.</summary>
    public static string PrefixEnd(string prefix) => PledgeKeys.PrefixEnd(prefix);
}
