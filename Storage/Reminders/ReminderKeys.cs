namespace ThiDuaBot.Storage.Reminders;

/// <summary>Keys of the Reminders table: one partition per tenant and campaign.</summary>
public static class ReminderKeys
{
    public static string Partition(string tenantId, string campaignId) => KeyEncoder.Encode(tenantId) + "|" + KeyEncoder.Encode(campaignId);

    public static string CountRow(string prompt, string person) => "c|" + KeyEncoder.Encode(prompt) + "|" + KeyEncoder.Encode(person.Trim().ToLowerInvariant());

    public static string SlotRow(string round) => "s|" + KeyEncoder.Encode(round);
}
