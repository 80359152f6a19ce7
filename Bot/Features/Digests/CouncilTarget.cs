using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Outbox;
using ThiDuaBot.Cards;

namespace ThiDuaBot.Bot.Features.Digests;

/// <summary>Where the bot's own posts to the council go: the campaign, the council channel, and the language to write in.</summary>
public sealed record CouncilTarget(PledgeCampaign Campaign, OutboxRecipient Channel, Strings Strings);
