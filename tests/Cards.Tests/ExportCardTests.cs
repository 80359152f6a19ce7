using System.Text.Json.Nodes;
using ThiDuaBot.TestSupport.Cards;

namespace ThiDuaBot.Cards.Tests;

public sealed class ExportCardTests
{
    private static JsonObject Build(Strings strings) => ExportCard.Build(strings, new ExportCardModel(
        strings.ExportWorkbookTitle, string.Format(strings.ExportWorkbookText, "03/2013 – 12/2013"), "Thi đua 2013.xlsx",
        "https://thiduabot.example/exports/" + new string('a', 300) + "." + new string('b', 43), "11/03/2013 08:00"));

    [Fact]
    public void Export_cards_parse_without_problems_and_stay_under_28_KB()
    {
        CardAssert.AllValid([Build(Strings.Vi), Build(Strings.En)], maxBytes: 28 * 1024);
    }

    [Fact]
    public void The_card_opens_the_link_and_says_until_when_it_works()
    {
        var card = Build(Strings.Vi);
        var action = card["actions"]![0]!;

        Assert.Equal("Action.OpenUrl", action["type"]!.GetValue<string>());
        Assert.Equal(Strings.Vi.ExportDownload, action["title"]!.GetValue<string>());
        Assert.StartsWith("https://thiduabot.example/exports/", action["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(card["body"]!.AsArray(), e => e!["text"]!.GetValue<string>().Contains("11/03/2013 08:00", StringComparison.Ordinal));
    }
}
