namespace ThiDuaBot.Storage.Roster;

/// <summary>
/// Keys of the roster tables. Every roster belongs to one campaign of one tenant: partition
/// <c>{tenant}|{campaign}</c>, so a campaign's whole roster is one partition query and people who leave
/// stay in it (marked) with their history.
/// </summary>
public static class RosterKeys
{
    public static string Partition(string tenantId, string campaignId) =>
        KeyEncoder.Encode(tenantId) + "|" + KeyEncoder.Encode(campaignId);

    /// <summary>A person is known by their sign-in name (UPN or e-mail), lower case: both Graph and a CSV file have it.</summary>
    public static string PersonRow(string signInName) => KeyEncoder.Encode(NormalizeSignInName(signInName));

    public static string UnitRow(string unitId) => KeyEncoder.Encode(unitId);

    /// <summary>The start of one unit's range in the people-by-unit index.</summary>
    public static string UnitPeoplePrefix(string unitId) => KeyEncoder.Encode(unitId) + "|";

    /// <summary>The first key after one unit's range (<c>}</c> follows <c>|</c>).</summary>
    public static string UnitPeopleEnd(string unitId) => KeyEncoder.Encode(unitId) + "}";

    public static string UnitPersonRow(string unitId, string signInName) => UnitPeoplePrefix(unitId) + PersonRow(signInName);

    public static string AadRow(string aadObjectId) => KeyEncoder.Encode(aadObjectId.Trim().ToLowerInvariant());

    public static string NormalizeSignInName(string signInName) => signInName.Trim().ToLowerInvariant();
}
