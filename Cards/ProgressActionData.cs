namespace ThiDuaBot.Cards;

/// <summary>
/// What a progress card's buttons send back besides the inputs: the campaign, the month (<c>yyyy-MM</c>), whose
/// report it is (sign-in name), the version of the pledge the card was built from, and the card instance's nonce.
/// The server trusts none of it: it checks each against storage.
/// </summary>
public sealed record ProgressActionData(string CampaignId, string Month, string Subject, int PledgeVersion, string Nonce);
