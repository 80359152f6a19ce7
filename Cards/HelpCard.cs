using System.Text.Json.Nodes;

namespace ThiDuaBot.Cards;

/// <summary>One line of the help card: the command word to type and what it does, already in the card's language.</summary>
public sealed record HelpEntry(string Command, string Description);

/// <summary>The help card (<c>trợ giúp</c> / <c>help</c>): what the bot is for and which commands exist.</summary>
public static class HelpCard
{
    public static JsonObject Build(Strings strings, IReadOnlyList<HelpEntry> entries)
    {
        var body = new List<JsonNode>
        {
            AdaptiveCard.Text(strings.HelpTitle, size: "Large", weight: "Bolder"),
            AdaptiveCard.Text(strings.HelpIntro),
            AdaptiveCard.Text(strings.HelpCommandsHeading, weight: "Bolder", spacing: "Medium"),
            AdaptiveCard.Facts(entries.Select(e => (e.Command, e.Description))),
            AdaptiveCard.Text(strings.HelpTypingTip, subtle: true, spacing: "Medium"),
            AdaptiveCard.Text(strings.HelpChannelTip, subtle: true, spacing: "Small"),
        };
        return AdaptiveCard.Create(body);
    }
}
