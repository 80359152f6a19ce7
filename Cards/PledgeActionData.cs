namespace ThiDuaBot.Cards;

/// <summary>
/// What a pledge card's buttons send back besides the inputs: which campaign (and version) the card was built from,
/// whose pledge it is (a sign-in name, or a unit id for a unit's pledge), and the card instance's nonce.
/// The server trusts none of it: it checks each against storage.
/// </summary>
public sealed record PledgeActionData(string CampaignId, int CampaignVersion, string Subject, bool Collective, string Nonce);
