namespace ThiDuaBot.Storage.Installs;

/// <summary>Keys of the PendingInstalls table: one partition per tenant, one row per person (object id, lower case).</summary>
public static class PendingInstallKeys
{
    public static string Partition(string tenantId) => KeyEncoder.Encode(tenantId);

    public static string Row(string aadObjectId) => KeyEncoder.Encode(NormalizeObjectId(aadObjectId));

    public static string NormalizeObjectId(string aadObjectId) => aadObjectId.Trim().ToLowerInvariant();
}
