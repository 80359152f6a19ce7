namespace ThiDuaBot.Cards;

/// <summary>A title or content area offered on the pledge card: the campaign's id and the text shown.</summary>
public sealed record PledgeChoice(string Id, string Title);
